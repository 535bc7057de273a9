import { describe, expect, it } from 'vitest';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { summarizeReadiness } from '../../../src/core/readiness/summarize-readiness.ts';

describe('summarizeReadiness', () => {
  it('counts levels per team and criterion outcomes per category, and lists systems below their required level', () => {
    const catalog = analyze({
      gold: productionDoc({ extra: 'capacity:\n  limits: 100 rps\n' }),
      silver: productionDoc({ owner: 'it' }),
      core: productionDoc({ tier: 1 }),
      idea: productionDoc({ lifecycle: 'proposed', body: '\nNo sections yet.\n' }),
    });
    const summary = summarizeReadiness(catalog);
    expect(summary.levels).toEqual([{ id: 'bronze', name: 'Bronze' }, { id: 'silver', name: 'Silver' }, { id: 'gold', name: 'Gold' }, { id: 'none', name: 'None' }]);
    expect(summary.overall).toEqual({ bronze: 0, silver: 2, gold: 1, none: 1 });
    expect(summary.belowRequired).toEqual(['core']);
    expect(summary.byTeam).toEqual([
      { team: 'it', systems: 1, levels: { bronze: 0, silver: 1, gold: 0, none: 0 }, belowRequired: [] },
      { team: 'releng', systems: 3, levels: { bronze: 0, silver: 1, gold: 1, none: 1 }, belowRequired: ['core'] },
    ]);
    expect(summary.byCategory.map((c) => `${c.category}: ${c.counts.pass} pass, ${c.counts.fail} fail, ${c.counts['n/a']} n/a, ${c.counts['not-assessed']} not assessed`)).toEqual([
      'documentation: 22 pass, 2 fail, 0 n/a, 0 not assessed',
      'maintainability: 12 pass, 0 fail, 0 n/a, 0 not assessed',
      'observability: 16 pass, 0 fail, 0 n/a, 0 not assessed',
      'reliability: 12 pass, 0 fail, 0 n/a, 0 not assessed',
      'security: 8 pass, 0 fail, 0 n/a, 0 not assessed',
      'scalability: 5 pass, 3 fail, 0 n/a, 0 not assessed',
      'fault_tolerance: 4 pass, 0 fail, 4 n/a, 0 not assessed',
    ]);
  });
});
