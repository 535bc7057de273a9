import { describe, expect, it } from 'vitest';
import { countAttention, findAttention } from '../../src/site/attention.ts';
import { productionDoc } from '../helpers/make-catalog.ts';
import { siteModel } from './site-fixture.ts';

/** Lines the home page's "Needs attention" shows for each kind, as plain data. */
function summary(docs: Record<string, string>) {
  const a = findAttention(siteModel(docs));
  return {
    belowLevel: a.belowLevel.map((s) => s.id),
    singleExperts: a.singleExperts.map((s) => s.id),
    unexercised: a.unexercised.picks.map((e) => `${e.systemId}: ${e.scenario}`),
    due: a.unexercised.due,
    risky: a.riskyDependencies.map((d) => `${d.from.id} -> ${d.to.id}`),
    count: countAttention(a),
  };
}

describe('findAttention', () => {
  it('lists what the home page says it lists: single experts, unexercised failure modes and risky dependencies, most critical first', () => {
    const neverDone = productionDoc({ name: 'Old', tier: 1, deps: ['beta'] }).replace('    last_exercised: 2026-10-01\n', '');
    const result = summary({
      old: neverDone,
      beta: productionDoc({ name: 'Beta', lifecycle: 'experimental', tier: 3 }),
      fine: productionDoc({ name: 'Fine', tier: 2, deps: ['{ id: beta, strength: soft }'] }),
      legacy: productionDoc({ name: 'Legacy', lifecycle: 'deprecated', experts: 1, tier: 2, extra: 'retirement_note: Going.\n' }),
    });
    expect(result).toMatchObject({
      singleExperts: ['legacy'],
      unexercised: ['old: Down'],
      due: 1,
      // A soft dependency degrades rather than fails: only the hard one is risky.
      risky: ['old -> beta'],
    });
    expect(result.belowLevel).toContain('old');
  });

  it('finds nothing in a healthy catalog', () => {
    expect(summary({ a: productionDoc({ name: 'A', tier: 3 }), b: productionDoc({ name: 'B', tier: 3, deps: ['a'] }) })).toEqual({
      belowLevel: [], singleExperts: [], unexercised: [], due: 0, risky: [], count: 0,
    });
  });
});
