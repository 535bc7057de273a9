import { describe, expect, it } from 'vitest';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { buildGraphExport } from '../../../src/core/export/build-graph-export.ts';
import { quote, renderDot } from '../../../src/core/export/render-dot.ts';

describe('renderDot', () => {
  it('writes one node per system and one edge per dependency, soft ones dashed, with protocol labels', () => {
    const catalog = analyze({
      api: productionDoc({ name: 'API', deps: ['{ id: db, protocol: MySQL }', '{ id: cache, strength: soft, usage: Speeds up reads }'] }),
      db: productionDoc({ name: 'Database', tier: 1 }),
      cache: productionDoc({ name: 'Cache', lifecycle: 'experimental' }),
      old: productionDoc({ name: 'Old', lifecycle: 'deprecated', extra: 'replaced_by: api\n' }),
    });
    expect(renderDot(buildGraphExport(catalog))).toMatchInlineSnapshot(`
      "digraph fieldguide {
        rankdir=LR;
        node [shape=box, fontname="Helvetica"];
        edge [fontname="Helvetica", fontsize=10];
        "api" [label="API\\napi · tier 2 · production", tooltip="Owner: releng", style="rounded"];
        "cache" [label="Cache\\ncache · tier 2 · experimental", tooltip="Owner: releng", style="rounded,dashed"];
        "db" [label="Database\\ndb · tier 1 · production", tooltip="Owner: releng", style="rounded"];
        "old" [label="Old\\nold · tier 2 · deprecated", tooltip="Owner: releng", style="rounded,filled", fillcolor="#eeeeee"];
        "api" -> "cache" [style=dashed, tooltip="Speeds up reads"];
        "api" -> "db" [label="MySQL"];
      }
      "
    `);
  });

  it('escapes quotes and backslashes and turns line breaks into label breaks', () => {
    expect(quote('Say "hi" \\ back')).toBe('"Say \\"hi\\" \\\\ back"');
    expect(quote('two\nlines\r\nend')).toBe('"two\\nlines\\nend"');
    expect(quote('bell\u0007')).toBe('"bell"');
    const catalog = analyze({ a: productionDoc({ name: `'Say "hi" \\ back'` }) });
    expect(renderDot(buildGraphExport(catalog))).toContain('"a" [label="Say \\"hi\\" \\\\ back\\na · tier 2 · production"');
  });

  it('draws the highlighted system with a thick border', () => {
    const catalog = analyze({ a: productionDoc({ deps: ['b'] }), b: productionDoc() });
    expect(renderDot(buildGraphExport(catalog), { highlight: 'b' })).toContain('"b" [label="Example\\nb · tier 2 · production", tooltip="Owner: releng", style="rounded", penwidth=3];');
  });
});
