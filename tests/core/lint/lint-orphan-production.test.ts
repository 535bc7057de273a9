import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc } from '../../helpers/make-catalog.ts';
import { onlyRules, withoutInterfaces } from '../../helpers/graph-docs.ts';

const config = onlyRules('orphan-production');

describe('orphan-production', () => {
  it('reports a production system with no dependents and no interfaces, at its lifecycle', () => {
    const catalog = analyze({ lonely: withoutInterfaces(productionDoc()) }, { config });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/lonely.md:5:12 warning orphan-production: Production system `lonely` has no dependents and no interfaces, so whoever uses it is not documented. (List its `interfaces` (web UI, API, CLI), or add it to the `depends_on` of the systems that use it.)',
    ]);
  });

  it('counts only running dependents', () => {
    const catalog = analyze({
      lonely: withoutInterfaces(productionDoc()),
      gone: productionDoc({ lifecycle: 'retired', deps: ['lonely'] }),
    }, { config });
    expect(catalog.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['systems/lonely.md orphan-production']);
  });

  it('accepts a system with interfaces, one with a dependent, and one not in production', () => {
    const catalog = analyze({
      api: productionDoc(),
      db: withoutInterfaces(productionDoc()),
      app: productionDoc({ deps: ['db'] }),
      beta: withoutInterfaces(productionDoc({ lifecycle: 'experimental' })),
    }, { config });
    expect(catalog.diagnostics).toEqual([]);
  });
});
