import { describe, expect, it } from 'vitest';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { buildGraphExport } from '../../../src/core/export/build-graph-export.ts';
import { renderMermaidGraph } from '../../../src/core/export/render-mermaid-graph.ts';

describe('renderMermaidGraph', () => {
  it('uses generated ids and escaped names, hard edges solid and soft edges dotted', () => {
    const catalog = analyze({
      web: productionDoc({ name: `'"Web" <front> #1'`, deps: ['api', '{ id: cdn, strength: soft }'] }),
      api: productionDoc({ name: 'API' }),
      cdn: productionDoc({ name: 'CDN' }),
    });
    expect(renderMermaidGraph(buildGraphExport(catalog))).toMatchInlineSnapshot(`
      "flowchart LR
        n0["API"]
        n1["CDN"]
        n2["#34;Web#34; #60;front#62; #35;1"]
        n2 --> n0
        n2 -.-> n1
      "
    `);
  });

  it('draws a highlighted system as the focus, for impact diagrams of part of the graph', () => {
    const catalog = analyze({ a: productionDoc({ name: 'A', deps: ['b'] }), b: productionDoc({ name: 'B', deps: ['c'] }), c: productionDoc({ name: 'C' }) });
    expect(renderMermaidGraph(buildGraphExport(catalog, new Set(['a', 'b'])), { highlight: 'b' })).toMatchInlineSnapshot(`
      "flowchart LR
        n0["A"]
        n1[["B"]]
        n0 --> n1
        classDef focus stroke-width:3px
        class n1 focus
      "
    `);
  });
});
