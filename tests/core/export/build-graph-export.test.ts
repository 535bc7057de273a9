import { describe, expect, it } from 'vitest';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { buildGraphExport } from '../../../src/core/export/build-graph-export.ts';

describe('buildGraphExport', () => {
  it('lists valid systems and edges between them with stable order and explicit nulls', () => {
    const catalog = analyze({
      b: productionDoc({ deps: ['{ id: a, strength: soft, protocol: HTTP, usage: Reads it }', 'missing'] }),
      a: productionDoc({ name: 'A', tier: 1 }),
      broken: '---\nname: [\n---\n',
    });
    expect(buildGraphExport(catalog)).toEqual({
      schemaVersion: 1,
      nodes: [
        { id: 'a', name: 'A', owner: 'releng', lifecycle: 'production', kind: 'service', tier: 1 },
        { id: 'b', name: 'Example', owner: 'releng', lifecycle: 'production', kind: 'service', tier: 2 },
      ],
      edges: [{ from: 'b', to: 'a', strength: 'soft', protocol: 'HTTP', usage: 'Reads it' }],
    });
  });

  it('keeps only the given systems and the edges between them', () => {
    const catalog = analyze({ a: productionDoc({ deps: ['b'] }), b: productionDoc({ deps: ['c'] }), c: productionDoc() });
    const part = buildGraphExport(catalog, new Set(['b', 'c']));
    expect(part.nodes.map((n) => n.id)).toEqual(['b', 'c']);
    expect(part.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['b->c']);
  });
});
