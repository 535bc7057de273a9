import { parseMermaid } from 'beautiful-mermaid';
import { describe, expect, it } from 'vitest';
import type { Diagram } from '../../../src/core/render/diagram.ts';
import { toMermaid } from '../../../src/core/render/to-mermaid.ts';

const diagram: Diagram = {
  title: 't',
  nodes: [
    { key: 'n0', label: 'Buildbot masters', role: 'focus', systemId: 'buildbot-masters', rank: 0 },
    { key: 'n1', label: 'Scheduler DB', role: 'system', systemId: 'scheduler-db', rank: 1, group: 'g0' },
    { key: 'n2', label: '+3 more', role: 'more', more: { list: 'dependencies', count: 3 }, rank: 1 },
    { key: 'n3', label: 'Release Engineering', role: 'team', teamId: 'releng' },
  ],
  edges: [
    { from: 'n0', to: 'n1', strength: 'hard' },
    { from: 'n0', to: 'n2', strength: 'soft', label: '3' },
  ],
  groups: [{ key: 'g0', label: 'Data "team"', teamId: 'data' }],
};

/** Mermaid's own entity codes (`#34;`) decoded, as Mermaid does before drawing a label. */
function decode(label: string): string {
  return label.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

describe('toMermaid', () => {
  it('writes generated ids, shapes by role, solid hard and dashed soft edges', () => {
    expect(toMermaid(diagram)).toMatchInlineSnapshot(`
      "flowchart LR
        n0[["Buildbot masters"]]
        n2(["+3 more"])
        n3("Release Engineering")
        subgraph g0["Data #34;team#34;"]
          n1["Scheduler DB"]
        end
        n0 --> n1
        n0 -.->|"3"| n2
        classDef focus stroke-width:3px
        class n0 focus
        classDef more stroke-dasharray:4 4
        class n2 more
      "
    `);
  });

  it('cannot be broken or injected into by any system name', () => {
    const hostile = [
      'a"]; click n0 "javascript:alert(1)"',
      'x]\n  n9["evil"]\n  n9 --> n0',
      '<img src=x onerror=alert(1)>',
      '%%{init: {"securityLevel": "loose"}}%%',
      'end',
      'subgraph s1',
      '**bold** _it_ `code` | pipe',
      'A --> B',
    ];
    const text = toMermaid({
      title: 't',
      nodes: hostile.map((label, i) => ({ key: `n${i}`, label, role: 'system' as const, systemId: `s${i}` })),
      edges: [{ from: 'n0', to: 'n1', strength: 'hard' }],
      groups: [],
    });
    const parsed = parseMermaid(text);
    expect([...parsed.nodes.keys()]).toEqual(hostile.map((_, i) => `n${i}`));
    expect([...parsed.nodes.values()].map((n) => decode(n.label))).toEqual(hostile.map((h) => h.replace(/\s+/g, ' ').trim()));
    expect(parsed.edges).toHaveLength(1);
    // Every line is one of the statements the generator writes; a label never contains a quote, bracket or angle bracket.
    for (const line of text.trimEnd().split('\n')) expect(line).toMatch(/^(flowchart LR|  n\d+\["[^"<>[\]]*"\]|  n\d+ --> n\d+)$/);
  });
});
