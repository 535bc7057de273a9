import type { GameDayKey, GameDaySettings } from '../core/config/resolve-config.ts';
import { LIFECYCLE_LABEL } from './labels.ts';
import { exercisedRank, type FailureModeEntry } from './failure-modes-rows.ts';

/** How each order key compares two candidates: the one to exercise sooner first. */
const COMPARE: Record<GameDayKey, (a: FailureModeEntry, b: FailureModeEntry) => number> = {
  tier: (a, b) => (a.tier ?? 9) - (b.tier ?? 9),
  impact: (a, b) => b.takesDown - a.takesDown,
  exercised: (a, b) => exercisedRank(a) - exercisedRank(b),
};

/** How each order key is said on the page. */
const SAY: Record<GameDayKey, string> = {
  tier: 'tier (most critical first)',
  impact: 'how many systems go down with it (most first)',
  exercised: 'time since last exercised (never exercised first, then the longest ago)',
};

/** The next game day: the failure modes most worth exercising next, and how many candidates are due. */
export interface GameDayList {
  picks: FailureModeEntry[];
  /** Candidates never exercised or not within the configured age. */
  due: number;
}

/**
 * Picks the next game day's failure modes by the config's rule: those of systems in `settings.lifecycles`, the due
 * ones (never exercised, or not within the configured age) first, each group ordered by `settings.order` (ties:
 * system name, then the order in the doc), the first `settings.count`. A catalog with nothing due still gets a next
 * game day: drills are a habit, not only a debt. `entries` come from `failureModeEntries`, in its order.
 */
export function pickGameDay(entries: readonly FailureModeEntry[], settings: GameDaySettings): GameDayList {
  const candidates = entries.filter((e) => settings.lifecycles.includes(e.lifecycle));
  const ranked = candidates
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => {
      if (a.entry.overdue !== b.entry.overdue) return a.entry.overdue ? -1 : 1;
      for (const key of settings.order) {
        const order = COMPARE[key](a.entry, b.entry);
        if (order !== 0) return order;
      }
      return a.position - b.position;
    })
    .map((r) => r.entry);
  return { picks: ranked.slice(0, settings.count), due: candidates.filter((e) => e.overdue).length };
}

/** The rule in words, from the config values, for the page to state how the list is ordered. */
export function describeGameDay(settings: GameDaySettings, maxAgeDays: number): string {
  const lifecycles = settings.lifecycles.map((l) => LIFECYCLE_LABEL[l].toLowerCase());
  const keys = settings.order.map((k) => SAY[k]);
  const or = lifecycles.length > 1 ? `${lifecycles.slice(0, -1).join(', ')} or ${lifecycles.at(-1)}` : lifecycles[0];
  return `Up to ${settings.count} failure modes of ${or} systems: those never exercised or not in the last ${maxAgeDays} days first, `
    + `each group ordered by ${keys.join(', then by ')}; ties go by system name.`;
}
