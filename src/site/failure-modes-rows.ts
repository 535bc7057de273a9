import { LIFECYCLES } from '../core/config/default-gates.ts';
import { daysBetween } from '../core/days-between.ts';
import { findImpact } from '../core/graph/find-impact.ts';
import type { Lifecycle } from '../core/model.ts';
import type { SiteModel } from './site-model.ts';

/** One failure mode of one system, with what the failures-modes table shows about it. */
export interface FailureModeEntry {
  systemId: string;
  systemName: string;
  owner: string;
  teamName: string;
  tier?: number;
  lifecycle: Lifecycle;
  /** Position in the system's `failure_modes`, for a stable order among one system's modes. */
  index: number;
  scenario: string;
  impact: string;
  mitigation: string;
  lastExercised?: string;
  /** Days since `lastExercised`. */
  daysAgo?: number;
  /** Never exercised, or longer ago than `check.failure_mode_max_age_days`: as on the system page. */
  overdue: boolean;
  /** Systems that break when this system goes down (every edge on the way is hard). */
  takesDown: number;
  /** Systems that only degrade (reached through a soft dependency). */
  degrades: number;
}

/** Every failure mode of every system, in the model's order (system name), then as written in each doc. */
export function failureModeEntries(model: SiteModel): FailureModeEntry[] {
  const maxAge = model.meta.failureModeMaxAgeDays;
  return model.systems.flatMap((system) => {
    const modes = system.data.failure_modes ?? [];
    if (modes.length === 0) return [];
    const impact = findImpact(model.graph, system.id);
    const takesDown = impact.filter((e) => e.hard).length;
    return modes.map((mode, index) => {
      const daysAgo = mode.last_exercised ? daysBetween(mode.last_exercised, model.meta.today) : undefined;
      return {
        systemId: system.id, systemName: system.data.name, owner: system.data.owner, teamName: model.teamName(system.data.owner),
        ...(system.data.tier !== undefined ? { tier: system.data.tier } : {}),
        lifecycle: system.data.lifecycle, index, scenario: mode.scenario, impact: mode.impact, mitigation: mode.mitigation,
        ...(mode.last_exercised ? { lastExercised: mode.last_exercised, daysAgo } : {}),
        overdue: daysAgo === undefined || daysAgo > maxAge,
        takesDown, degrades: impact.length - takesDown,
      };
    });
  });
}

/** The columns the failure-modes table can be sorted by, each in its most useful direction. */
export const FAILURE_MODE_SORTS = {
  system: { label: 'System', direction: 'ascending', compare: (a: FailureModeEntry, b: FailureModeEntry) => byName(a, b) },
  tier: { label: 'Tier, most critical first', direction: 'ascending', compare: (a: FailureModeEntry, b: FailureModeEntry) => (a.tier ?? 9) - (b.tier ?? 9) },
  lifecycle: { label: 'Lifecycle', direction: 'ascending', compare: (a: FailureModeEntry, b: FailureModeEntry) => LIFECYCLES.indexOf(a.lifecycle) - LIFECYCLES.indexOf(b.lifecycle) },
  exercised: { label: 'Last exercised, never and oldest first', direction: 'ascending', compare: (a: FailureModeEntry, b: FailureModeEntry) => exercisedRank(a) - exercisedRank(b) },
  down: { label: 'Systems taken down, most first', direction: 'descending', compare: (a: FailureModeEntry, b: FailureModeEntry) => b.takesDown - a.takesDown || b.degrades - a.degrades },
} as const;

/** A key of {@link FAILURE_MODE_SORTS}. */
export type FailureModeSort = keyof typeof FAILURE_MODE_SORTS;

/**
 * The page that shows the table sorted by `key` without JavaScript, relative to the base: the index itself for
 * the default sort (system), `failure-modes/by-<key>/` for the others.
 */
export function failureModesPath(key: FailureModeSort): string {
  return key === 'system' ? 'failure-modes/' : `failure-modes/by-${key}/`;
}

/** The entries sorted by one column, ties broken by system name and then the order in the doc. */
export function sortFailureModes(entries: readonly FailureModeEntry[], key: FailureModeSort): FailureModeEntry[] {
  const compare = FAILURE_MODE_SORTS[key].compare;
  return [...entries].sort((a, b) => compare(a, b) || byName(a, b));
}

/** Never exercised first (as if exercised at the dawn of time), then the oldest. */
export function exercisedRank(entry: Pick<FailureModeEntry, 'daysAgo'>): number {
  return entry.daysAgo === undefined ? Number.NEGATIVE_INFINITY : -entry.daysAgo;
}

function byName(a: FailureModeEntry, b: FailureModeEntry): number {
  return a.systemName.localeCompare(b.systemName, 'en') || (a.systemId < b.systemId ? -1 : a.systemId > b.systemId ? 1 : 0) || a.index - b.index;
}
