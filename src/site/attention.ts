import type { AcceptedException } from './accepted-exceptions.ts';
import type { SiteModel } from './site-model.ts';
import type { SystemRecord } from './system-record.ts';

/** Systems a reader should look at first. */
export interface Attention {
  /** Reviews older than the configured age. */
  stale: SystemRecord[];
  /** Systems whose lifecycle gate is not met (possible when gate rules are configured as warnings). */
  failingGates: SystemRecord[];
  /** Systems with other warnings from `check`, such as a single expert or unexercised failure modes. */
  warned: SystemRecord[];
  /** Problems accepted by a suppression comment, with their reasons: exceptions to keep an eye on, not passes. */
  accepted: AcceptedException[];
}

/** Picks the systems that need attention, most critical tier first. */
export function findAttention(model: SiteModel): Attention {
  const byTier = (a: SystemRecord, b: SystemRecord) => (a.data.tier ?? 9) - (b.data.tier ?? 9);
  return {
    stale: model.systems.filter((s) => s.stale).sort(byTier),
    failingGates: model.systems.filter((s) => s.gaps.some((g) => g.rule !== 'stale-review')).sort(byTier),
    warned: model.systems.filter((s) => s.notes.some((n) => n.severity === 'warning')).sort(byTier),
    accepted: acceptedByTier(model),
  };
}

/** Accepted exceptions, most critical tier first, then by system name (the model's order), then by place. */
function acceptedByTier(model: SiteModel): AcceptedException[] {
  const tier = (e: AcceptedException) => model.byId.get(e.system)?.data.tier ?? 9;
  const order = new Map(model.systems.map((s, i) => [s.id, i]));
  const rank = (e: AcceptedException) => order.get(e.system) ?? order.size;
  return [...model.accepted].sort((a, b) => tier(a) - tier(b) || rank(a) - rank(b) || a.line - b.line || a.column - b.column);
}
