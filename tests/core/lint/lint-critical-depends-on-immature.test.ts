import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc } from '../../helpers/make-catalog.ts';
import { onlyRules } from '../../helpers/graph-docs.ts';

const config = onlyRules('critical-depends-on-immature');

describe('critical-depends-on-immature', () => {
  it('reports each hard dependency of a tier-1 or tier-2 system on an experimental or proposed system, at the entry', () => {
    const catalog = analyze({
      app: productionDoc({ tier: 1, deps: ['beta', 'idea', '{ id: beta2, strength: soft }', 'stable'] }),
      beta: productionDoc({ lifecycle: 'experimental' }),
      beta2: productionDoc({ lifecycle: 'experimental' }),
      idea: productionDoc({ lifecycle: 'proposed' }),
      stable: productionDoc(),
    }, { config });
    expect(brief(catalog.diagnostics.filter((d) => d.rule === 'critical-depends-on-immature'))).toEqual([
      'systems/app.md:14:5 error critical-depends-on-immature: Tier-1 system `app` hard-depends on `beta`, which is experimental. (Make the dependency soft (so `app` degrades instead of failing), bring `beta` to production first, or lower the tier.)',
      'systems/app.md:15:5 error critical-depends-on-immature: Tier-1 system `app` hard-depends on `idea`, which is proposed. (Make the dependency soft (so `app` degrades instead of failing), bring `idea` to production first, or lower the tier.)',
    ]);
  });

  it('accepts a tier-3 system on an experimental one, a soft dependency, and a retired tier-1 system', () => {
    const catalog = analyze({
      tool: productionDoc({ tier: 3, deps: ['beta'] }),
      app: productionDoc({ tier: 2, deps: ['{ id: beta, strength: soft }'] }),
      gone: productionDoc({ tier: 1, lifecycle: 'retired', deps: ['beta'] }),
      beta: productionDoc({ lifecycle: 'experimental' }),
    }, { config });
    expect(catalog.diagnostics.filter((d) => d.rule === 'critical-depends-on-immature')).toEqual([]);
  });
});
