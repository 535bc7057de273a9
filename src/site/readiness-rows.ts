import { LIFECYCLES } from '../core/config/default-gates.ts';
import type { Lifecycle } from '../core/model.ts';
import type { AcceptedException } from './accepted-exceptions.ts';
import type { SiteModel } from './site-model.ts';
import type { SiteFinding, SystemRecord } from './system-record.ts';
import { CATEGORY_LABEL, CRITERION_STATUS_LABEL } from './labels.ts';

/** One system's line on the readiness page. More columns (such as a readiness level) are added as fields here. */
export interface ReadinessRow {
  system: SystemRecord;
  teamName: string;
  /** True when the lifecycle's gate finds nothing missing. */
  meetsGate: boolean;
  /** What the gate still needs. */
  missing: SiteFinding[];
  /** For proposed and experimental systems: what production would still need. */
  toProduction?: SiteFinding[];
  /** Warnings from `check` about the system. */
  warnings: SiteFinding[];
  /** Problems a suppression comment accepted, with their reasons: a gate met this way is met with exceptions, not passed clean. */
  accepted: AcceptedException[];
}

/** The readiness page's rows, grouped by lifecycle (in lifecycle order), most critical tier first within each. */
export function readinessRows(model: SiteModel): { lifecycle: Lifecycle; rows: ReadinessRow[] }[] {
  const groups = LIFECYCLES.map((lifecycle) => ({ lifecycle, rows: [] as ReadinessRow[] }));
  for (const system of model.systems) {
    const missing = system.gaps.filter((g) => g.rule !== 'stale-review');
    groups.find((g) => g.lifecycle === system.data.lifecycle)!.rows.push({
      system,
      teamName: model.teamName(system.data.owner),
      meetsGate: missing.length === 0,
      missing,
      ...(system.toProduction ? { toProduction: system.toProduction } : {}),
      warnings: [...system.gaps.filter((g) => g.rule === 'stale-review'), ...system.notes.filter((n) => n.severity === 'warning')],
      accepted: model.acceptedBy.get(system.id) ?? [],
    });
  }
  for (const group of groups) group.rows.sort((a, b) => (a.system.data.tier ?? 9) - (b.system.data.tier ?? 9));
  return groups.filter((g) => g.rows.length > 0);
}

/** The readiness overview across the catalog: systems per level by team, and criterion outcomes by category. */
export interface ReadinessOverview {
  levels: string[];
  statuses: string[];
  teams: { id: string; name: string; systems: number; perLevel: number[]; below: { id: string; name: string }[] }[];
  categories: { label: string; perStatus: number[] }[];
}

/** Puts the catalog's readiness summary into table rows, with names instead of ids. */
export function readinessOverview(model: SiteModel): ReadinessOverview {
  const { levels, byTeam, byCategory } = model.meta.readiness;
  const statuses = Object.keys(CRITERION_STATUS_LABEL) as (keyof typeof CRITERION_STATUS_LABEL)[];
  return {
    levels: levels.map((l) => l.name),
    statuses: statuses.map((s) => CRITERION_STATUS_LABEL[s]),
    teams: byTeam
      .map((t) => ({
        id: t.team,
        name: model.teamName(t.team),
        systems: t.systems,
        perLevel: levels.map((l) => t.levels[l.id] ?? 0),
        below: t.belowRequired.map((id) => ({ id, name: model.nameOf(id) })),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    categories: byCategory.map((c) => ({ label: CATEGORY_LABEL[c.category] ?? c.category, perStatus: statuses.map((s) => c.counts[s]) })),
  };
}
