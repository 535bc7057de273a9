import { LIFECYCLES } from '../core/config/default-gates.ts';
import type { Lifecycle } from '../core/model.ts';
import type { AcceptedException } from './accepted-exceptions.ts';
import type { SiteModel } from './site-model.ts';
import type { SiteFinding, SystemRecord } from './system-record.ts';
import { CATEGORY_LABEL, CRITERION_STATUS_LABEL } from './labels.ts';
import { daysBetween } from '../core/days-between.ts';
import { describeScope } from '../core/readiness/match-scope.ts';

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
  /** The system's failure modes: how many, how many not exercised within the configured age, and how many never. */
  failureModes: { count: number; overdue: number; never: number };
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
      warnings: [...system.gaps.filter((g) => g.rule === 'stale-review'), ...system.notes.filter((n) => n.severity === 'warning')]
        .map((f) => forReaders(f, system, model)),
      accepted: model.acceptedBy.get(system.id) ?? [],
      failureModes: countFailureModes(system, model),
    });
  }
  for (const group of groups) group.rows.sort((a, b) => (a.system.data.tier ?? 9) - (b.system.data.tier ?? 9));
  return groups.filter((g) => g.rows.length > 0);
}

/** What readers are told to do about a warning, by rule; `check`'s own hints are advice for the doc's authors. */
const READER_HINT: Record<string, string> = {
  'below-readiness-level': 'Its page lists every criterion of each level and what it still needs.',
  'failure-modes-unexercised': 'The failure modes page lists them with the next game day.',
  'stale-review': 'The doc may no longer match the system: ask its team before relying on it.',
};

/**
 * A warning as the site shows it to readers: system names instead of ids, the readiness gap in criterion titles
 * instead of config ids, and a hint for readers instead of `check`'s advice to authors (which the CLI keeps).
 */
export function forReaders(finding: SiteFinding, system: SystemRecord, model: SiteModel): SiteFinding {
  const hint = READER_HINT[finding.rule];
  const readiness = system.readiness;
  if (finding.rule === 'below-readiness-level' && readiness?.requirement && readiness.required) {
    const name = (id: string | null) => model.meta.levels.find((l) => l.id === id)?.name ?? id ?? '';
    const reached = readiness.level ? `Reaches ${name(readiness.level)}` : `Has not reached ${name(model.meta.levels[0]?.id ?? null)}`;
    const missing = readiness.toRequired.map((c) => `${c.title.replace(/\.$/, '')} (${CRITERION_STATUS_LABEL[c.status].toLowerCase()})`);
    return {
      rule: finding.rule, severity: finding.severity,
      message: `${reached}, but ${describeScope(readiness.requirement)} must reach ${name(readiness.required)}. Not passing: ${missing.join('; ')}.`,
      ...(hint ? { hint } : {}),
    };
  }
  const message = finding.message.replace(/`([^`]+)`/g, (whole, id: string) => (model.byId.has(id) ? model.nameOf(id) : whole));
  return { rule: finding.rule, severity: finding.severity, message, ...(hint ? { hint } : {}) };
}

function countFailureModes(system: SystemRecord, model: SiteModel): ReadinessRow['failureModes'] {
  const modes = system.data.failure_modes ?? [];
  const ages = modes.map((m) => (m.last_exercised ? daysBetween(m.last_exercised, model.meta.today) : undefined));
  return {
    count: modes.length,
    overdue: ages.filter((age) => age === undefined || age > model.meta.failureModeMaxAgeDays).length,
    never: ages.filter((age) => age === undefined).length,
  };
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
