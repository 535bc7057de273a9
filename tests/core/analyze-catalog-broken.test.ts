import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc } from '../helpers/make-catalog.ts';

/** Diagnostics as `file:line rule`, enough to tell which problems a run found. */
const found = (catalog: ReturnType<typeof analyze>) => catalog.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}`);

describe('analyzeCatalog on a doc that fails the schema', () => {
  it('reports the unknown field and the dependency typo in one run, and keeps the doc in the graph', () => {
    const catalog = analyze({
      hub: productionDoc({ name: 'Hub', deps: ['sheduler-db', 'scheduler-db'], extra: 'teir: 1\n' }),
      'scheduler-db': productionDoc({ name: 'Scheduler DB' }),
      web: productionDoc({ name: 'Web', deps: ['hub'] }),
    });
    expect(found(catalog)).toEqual([
      'systems/hub.md:14 error unknown-dependency',
      'systems/hub.md:41 error schema',
    ]);
    expect(catalog.systems.map((s) => s.id)).toEqual(['hub', 'scheduler-db', 'web']);
    expect(catalog.byId.get('hub')).toMatchObject({ invalidFields: ['teir'], data: { name: 'Hub', tier: 2, owner: 'releng' } });
    expect(catalog.byId.get('web')?.invalidFields).toBeUndefined();
    expect(catalog.graph.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['hub->scheduler-db', 'web->hub']);
    expect(catalog.docsWithErrors).toBe(1);
  });

  it('stands in for a missing owner and a bad lifecycle, without findings about the stand-ins', () => {
    const doc = productionDoc({ name: 'Hub', deps: ['nope'] }).replace('owner: releng\n', '').replace('lifecycle: production', 'lifecycle: prod');
    const catalog = analyze({ hub: doc, web: productionDoc({ deps: ['hub'] }) });
    expect(found(catalog)).toEqual([
      'systems/hub.md:2 error schema',
      'systems/hub.md:4 error schema',
      'systems/hub.md:13 error unknown-dependency',
    ]);
    expect(catalog.byId.get('hub')).toMatchObject({ invalidFields: ['lifecycle', 'owner'], data: { name: 'Hub', owner: '', lifecycle: 'production' } });
    expect(catalog.gaps.get('hub')).toEqual([]);
  });

  it('stands in the id for a name that is not text, and drops a field of the wrong type', () => {
    const doc = productionDoc({ deps: ['web'] }).replace('name: Example', 'name: [1, 2]').replace('tier: 2', 'tier: high');
    const catalog = analyze({ hub: doc, web: productionDoc() });
    expect(catalog.byId.get('hub')).toMatchObject({ invalidFields: ['name', 'tier'], data: { name: 'hub' } });
    expect(catalog.byId.get('hub')?.data.tier).toBeUndefined();
    expect(catalog.graph.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['hub->web']);
  });
});

describe('a field the schema rejected', () => {
  it('is reported once, by the schema, not again as missing by the lifecycle gate', () => {
    const doc = productionDoc().replace(/^tier: \d$/m, 'tier: high');
    const found = brief(analyze({ a: doc }).diagnostics);
    expect(found.filter((d) => d.includes('tier'))).toEqual([
      expect.stringMatching(/^systems\/a\.md:\d+:7 error schema: Expected `tier` to be an integer, got/),
    ]);
  });
});
