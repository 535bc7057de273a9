import { describe, expect, it } from 'vitest';
import { fullMapData, fullMapLimit } from '../../src/site/map-page.ts';
import { productionDoc, WITHOUT_GRAPH_LINTS } from '../helpers/make-catalog.ts';
import { siteModel } from './site-fixture.ts';

describe('fullMapData', () => {
  // Six systems on dns: more than a fifth of the catalog and at least 5, so `auto` draws it as a badge.
  const docs = {
    dns: productionDoc({ name: 'DNS', owner: 'it' }),
    ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`app${i}`, productionDoc({ name: `App ${i}`, tier: (i % 2) + 1, deps: i > 0 ? ['dns', `app${i - 1}`] : ['dns'] })])),
  };

  it('draws shared infrastructure as badges, and offers the filters the catalog has', async () => {
    const map = (await fullMapData(siteModel(docs), '/docs/'))!;
    expect(map.shared).toEqual([{ systemId: 'dns', label: 'DNS', code: 'DNS', dependents: 6 }]);
    expect(map.svg.match(/<path class="edge /g)).toHaveLength(5);
    expect(map.svg).toContain('href="/docs/systems/app3/"');
    expect(map.svg).toMatch(/data-team="releng" data-lifecycle="production" data-tier="2"/);
    expect(map.filters.teams.map((t) => t.name)).toEqual(['IT', 'Release Engineering']);
    expect(map.filters.tiers).toEqual([{ id: '1', name: 'Tier 1' }, { id: '2', name: 'Tier 2' }]);
    expect(map.filters.lifecycles).toEqual([{ id: 'production', name: 'Production' }]);
  });

  it('draws every arrow when the config lists nothing as shared, and nothing past the full-map limit', async () => {
    const model = siteModel(docs, { config: { ...WITHOUT_GRAPH_LINTS, map: { shared: [], full_limit: 7 } } });
    expect(fullMapLimit(model)).toBe(7);
    expect((await fullMapData(model, '/'))!.svg.match(/<path class="edge /g)).toHaveLength(11);
    expect(await fullMapData(siteModel(docs, { config: { ...WITHOUT_GRAPH_LINTS, map: { full_limit: 6 } } }), '/')).toBeUndefined();
  });
});
