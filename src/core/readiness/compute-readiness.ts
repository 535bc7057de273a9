import type { CatalogSystem } from '../model.ts';
import type { ResolvedConfig } from '../config/resolve-config.ts';
import type { ReadinessCriterion, ReadinessRequirement } from '../types/config.ts';
import { evaluateCriterion, type CriterionStatus } from './evaluate-criterion.ts';
import { matchScope } from './match-scope.ts';
import type { TeamContacts } from './team-contacts.ts';

/** One criterion's result for one system. */
export interface CriterionResult {
  id: string;
  title: string;
  category: ReadinessCriterion['category'];
  /** Id of the level the criterion belongs to. */
  level: string;
  status: CriterionStatus;
  /** Why it did not pass (or why it does not apply). */
  detail?: string;
}

/** Where a system stands: the level it reached, what the next level needs, and what its tier and lifecycle require. */
export interface SystemReadiness {
  /** Id of the highest level reached, `null` below the lowest. */
  level: string | null;
  /** Id of the level above it, `null` at the top. */
  next: string | null;
  /** Id of the level the system must reach, `null` when nothing is required of it. */
  required: string | null;
  /** The `readiness.required` entry that set `required`. */
  requirement?: ReadinessRequirement;
  /** True when the required level is reached (or nothing is required). */
  meetsRequired: boolean;
  /** Every criterion, in config order. */
  criteria: CriterionResult[];
  /** The criteria of the next level that do not pass yet: exactly what stands between it and the next level. */
  toNext: CriterionResult[];
  /** The criteria up to the required level that do not pass: what stands between it and the requirement. */
  toRequired: CriterionResult[];
}

/** Level id -> position, per readiness config. */
const ranks = new WeakMap<ResolvedConfig['readiness'], Map<string, number>>();

function rankOf(readiness: ResolvedConfig['readiness']): Map<string, number> {
  let rank = ranks.get(readiness);
  if (!rank) ranks.set(readiness, (rank = new Map(readiness.levels.map((l, i) => [l.id, i]))));
  return rank;
}

/** A criterion holds a level back unless it passes or does not apply. */
export function blocksLevel(status: CriterionStatus): boolean {
  return status === 'fail' || status === 'not-assessed';
}

/**
 * Computes a system's readiness from its own doc: a level is reached only when every criterion of it and of
 * every lower level passes or does not apply. Pure, so the site and `check` get the same answer. `teamContacts`
 * (from `teams.yaml`) lets a system without its own `contacts` count its owning team's.
 */
export function computeReadiness(system: CatalogSystem, config: ResolvedConfig, today: string, teamContacts?: TeamContacts): SystemReadiness {
  const { levels, criteria, required: rules } = config.readiness;
  const context = {
    today, reviewMaxAgeDays: config.check.reviewMaxAgeDays, failureModeMaxAgeDays: config.check.failureModeMaxAgeDays,
    ...(teamContacts ? { teamContacts } : {}),
  };
  const rank = rankOf(config.readiness);
  const results: CriterionResult[] = criteria.map((c) => {
    const outcome = evaluateCriterion(system, c, context);
    const result: CriterionResult = { id: c.id, title: c.title, category: c.category, level: c.level, status: outcome.status };
    if (outcome.detail) result.detail = outcome.detail;
    return result;
  });

  let firstBlocked = levels.length;
  for (const r of results) if (blocksLevel(r.status)) firstBlocked = Math.min(firstBlocked, rank.get(r.level)!);
  const reached = firstBlocked - 1;
  const nextRank = reached + 1 < levels.length ? reached + 1 : -1;
  const requirement = rules.find((rule) => matchScope(system, rule));
  const requiredRank = requirement ? rank.get(requirement.level)! : -1;
  const blocking = (upTo: number) => results.filter((r) => blocksLevel(r.status) && rank.get(r.level)! <= upTo);

  return {
    level: reached >= 0 ? levels[reached]!.id : null,
    next: nextRank >= 0 ? levels[nextRank]!.id : null,
    required: requirement ? requirement.level : null,
    ...(requirement ? { requirement } : {}),
    meetsRequired: reached >= requiredRank,
    criteria: results,
    toNext: nextRank >= 0 ? results.filter((r) => blocksLevel(r.status) && rank.get(r.level) === nextRank) : [],
    toRequired: requiredRank > reached ? blocking(requiredRank) : [],
  };
}
