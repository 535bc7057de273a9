import type { Lifecycle } from '../core/model.ts';
import type { AcceptedException } from './accepted-exceptions.ts';
import { failureModeEntries, type FailureModeEntry } from './failure-modes-rows.ts';
import { pickGameDay } from './game-day-list.ts';
import type { SiteModel } from './site-model.ts';
import type { SystemRecord } from './system-record.ts';

/** A hard dependency of a running system on one that is not (or no longer) fit to depend on. */
export interface RiskyDependency {
  from: SystemRecord;
  to: SystemRecord;
}

/** Systems a reader should look at first. */
export interface Attention {
  /** Reviews older than the configured age. */
  stale: SystemRecord[];
  /** Systems whose lifecycle gate is not met (possible when gate rules are configured as warnings). */
  failingGates: SystemRecord[];
  /** Systems below the readiness level their tier and lifecycle require. */
  belowLevel: SystemRecord[];
  /** Running systems (experimental, production, deprecated) with fewer than two experts: if that one person is away, nobody knows. */
  singleExperts: SystemRecord[];
  /** The next game day's failure modes (the config's rule), and how many failure modes are due in all. */
  unexercised: { picks: FailureModeEntry[]; due: number };
  /** Hard dependencies of running systems on proposed, experimental, deprecated or retired systems. */
  riskyDependencies: RiskyDependency[];
  /** Problems accepted by a suppression comment, with their reasons: exceptions to keep an eye on, not passes. */
  accepted: AcceptedException[];
}

const RUNNING = new Set<Lifecycle>(['experimental', 'production', 'deprecated']);
const UNFIT = new Set<Lifecycle>(['proposed', 'experimental', 'deprecated', 'retired']);

/** Picks what needs attention, each kind most critical tier first. */
export function findAttention(model: SiteModel): Attention {
  const tier = (s: SystemRecord) => s.data.tier ?? 9;
  const byTier = (a: SystemRecord, b: SystemRecord) => tier(a) - tier(b);
  const running = model.systems.filter((s) => RUNNING.has(s.data.lifecycle));
  const riskyDependencies = running.flatMap((from) => (model.graph.out.get(from.id) ?? [])
    .filter((e) => e.strength === 'hard')
    .map((e) => model.byId.get(e.to))
    // Depending on an experimental system is risky only once the dependent is past experimenting itself.
    .filter((to): to is SystemRecord => to !== undefined && to.id !== from.id && UNFIT.has(to.data.lifecycle)
      && !(from.data.lifecycle === 'experimental' && to.data.lifecycle === 'experimental'))
    .map((to) => ({ from, to })));
  return {
    stale: model.systems.filter((s) => s.stale).sort(byTier),
    failingGates: model.systems.filter((s) => s.gaps.some((g) => g.rule !== 'stale-review')).sort(byTier),
    belowLevel: model.systems.filter((s) => s.readiness !== undefined && !s.readiness.meetsRequired).sort(byTier),
    singleExperts: running.filter((s) => (s.data.experts?.length ?? 0) < 2).sort(byTier),
    unexercised: dueOnly(pickGameDay(failureModeEntries(model), model.meta.gameDay)),
    riskyDependencies: riskyDependencies.sort((a, b) => byTier(a.from, b.from)),
    accepted: acceptedByTier(model),
  };
}

/** How many items of every kind there are: zero means nothing needs attention. */
export function countAttention(attention: Attention): number {
  return attention.stale.length + attention.failingGates.length + attention.belowLevel.length + attention.singleExperts.length
    + attention.unexercised.due + attention.riskyDependencies.length + attention.accepted.length;
}

/** The next game day's picks that are due: the home page lists unexercised failure modes, not every drill. */
function dueOnly(list: { picks: FailureModeEntry[]; due: number }): Attention['unexercised'] {
  return { picks: list.picks.filter((e) => e.overdue), due: list.due };
}

/** Accepted exceptions, most critical tier first, then by system name (the model's order), then by place. */
function acceptedByTier(model: SiteModel): AcceptedException[] {
  const tier = (e: AcceptedException) => model.byId.get(e.system)?.data.tier ?? 9;
  const order = new Map(model.systems.map((s, i) => [s.id, i]));
  const rank = (e: AcceptedException) => order.get(e.system) ?? order.size;
  return [...model.accepted].sort((a, b) => tier(a) - tier(b) || rank(a) - rank(b) || a.line - b.line || a.column - b.column);
}
