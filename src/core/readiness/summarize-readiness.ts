import type { CatalogSystem } from '../model.ts';
import type { ReadinessCriterion } from '../types/config.ts';
import type { ResolvedReadiness } from './resolve-readiness.ts';
import type { SystemReadiness } from './compute-readiness.ts';
import type { CriterionStatus } from './evaluate-criterion.ts';
import { READINESS_CATEGORIES } from './default-readiness.ts';

/** How many systems sit at each level (`none` for below the lowest). */
export type LevelCounts = Record<string, number>;

/** Criterion outcomes counted over many systems. */
export type StatusCounts = Record<CriterionStatus, number>;

/** Readiness across the catalog, for the overview page. */
export interface ReadinessSummary {
  /** Level ids, lowest first, then `none`. */
  levels: { id: string; name: string }[];
  /** Systems per level over the whole catalog. */
  overall: LevelCounts;
  /** Systems below their required level, sorted by id. */
  belowRequired: string[];
  /** Per owner team (sorted by team id): systems per level, and those below their required level. */
  byTeam: { team: string; systems: number; levels: LevelCounts; belowRequired: string[] }[];
  /** Per ility category (in display order): criterion outcomes over every system. */
  byCategory: { category: ReadinessCriterion['category']; counts: StatusCounts }[];
}

/** What `summarizeReadiness` needs of a catalog. */
export interface ReadinessSource {
  systems: readonly CatalogSystem[];
  readiness: ReadonlyMap<string, SystemReadiness>;
  config: { readiness: ResolvedReadiness };
}

/** Counts readiness by team and by category, so the site can show where the catalog stands and whom to nudge. */
export function summarizeReadiness(catalog: ReadinessSource): ReadinessSummary {
  const levels = [...catalog.config.readiness.levels.map((l) => ({ id: l.id, name: l.name })), { id: 'none', name: 'None' }];
  const emptyLevels = (): LevelCounts => Object.fromEntries(levels.map((l) => [l.id, 0]));
  const overall = emptyLevels();
  const teams = new Map<string, { team: string; systems: number; levels: LevelCounts; belowRequired: string[] }>();
  const categories = new Map(READINESS_CATEGORIES.map((c) => [c, { 'pass': 0, 'fail': 0, 'n/a': 0, 'not-assessed': 0 } as StatusCounts]));
  const belowRequired: string[] = [];

  for (const system of [...catalog.systems].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const result = catalog.readiness.get(system.id);
    if (!result) continue;
    const level = result.level ?? 'none';
    overall[level]!++;
    let team = teams.get(system.data.owner);
    if (!team) teams.set(system.data.owner, (team = { team: system.data.owner, systems: 0, levels: emptyLevels(), belowRequired: [] }));
    team.systems++;
    team.levels[level]!++;
    if (!result.meetsRequired) {
      belowRequired.push(system.id);
      team.belowRequired.push(system.id);
    }
    for (const criterion of result.criteria) categories.get(criterion.category)![criterion.status]++;
  }
  return {
    levels,
    overall,
    belowRequired,
    byTeam: [...teams.values()].sort((a, b) => (a.team < b.team ? -1 : 1)),
    byCategory: [...categories].map(([category, counts]) => ({ category, counts })),
  };
}
