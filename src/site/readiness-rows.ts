import { LIFECYCLES } from '../core/config/default-gates.ts';
import type { Lifecycle } from '../core/model.ts';
import type { SiteModel } from './site-model.ts';
import type { SiteFinding, SystemRecord } from './system-record.ts';

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
    });
  }
  for (const group of groups) group.rows.sort((a, b) => (a.system.data.tier ?? 9) - (b.system.data.tier ?? 9));
  return groups.filter((g) => g.rows.length > 0);
}
