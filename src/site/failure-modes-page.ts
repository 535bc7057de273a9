import type { GameDaySettings } from '../core/config/resolve-config.ts';
import { failureModeEntries, sortFailureModes, type FailureModeEntry, type FailureModeSort } from './failure-modes-rows.ts';
import { describeGameDay, pickGameDay, type GameDayList } from './game-day-list.ts';
import type { SiteModel } from './site-model.ts';

/** What the failure-modes pages show, computed before the templates render. */
export interface FailureModesPageData {
  /** Every failure mode, sorted by `sort`. */
  entries: FailureModeEntry[];
  sort: FailureModeSort;
  /** Systems that describe at least one failure mode, and those in the catalog. */
  systemsWith: number;
  systems: number;
  overdue: number;
  never: number;
  maxAgeDays: number;
  gameDay: GameDayList & { rule: string; settings: GameDaySettings };
}

/** The failure modes of the whole catalog, sorted by `sort`, with the next game day picked by the config's rule. */
export function failureModesPageData(model: SiteModel, sort: FailureModeSort = 'system'): FailureModesPageData {
  const all = failureModeEntries(model);
  const settings = model.meta.gameDay;
  return {
    entries: sortFailureModes(all, sort),
    sort,
    systemsWith: new Set(all.map((e) => e.systemId)).size,
    systems: model.systems.length,
    overdue: all.filter((e) => e.overdue).length,
    never: all.filter((e) => e.daysAgo === undefined).length,
    maxAgeDays: model.meta.failureModeMaxAgeDays,
    gameDay: { ...pickGameDay(all, settings), rule: describeGameDay(settings, model.meta.failureModeMaxAgeDays), settings },
  };
}
