import type { GraphExport, GraphExportNode } from './build-graph-export.ts';

/** Node styles by lifecycle: the further from production, the fainter. */
const STYLE: Record<GraphExportNode['lifecycle'], string> = {
  proposed: 'style="rounded,dotted"',
  experimental: 'style="rounded,dashed"',
  production: 'style="rounded"',
  deprecated: 'style="rounded,filled", fillcolor="#eeeeee"',
  retired: 'style="rounded,filled,dotted", fillcolor="#eeeeee", fontcolor="#777777"',
};

/** Graphviz DOT: one node per system (name, id, tier and lifecycle in the label), soft dependencies dashed. */
export function renderDot(graph: GraphExport, options: { highlight?: string } = {}): string {
  const lines = [
    'digraph fieldguide {',
    '  rankdir=LR;',
    '  node [shape=box, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const node of graph.nodes) {
    const facts = [node.id, node.tier !== null ? `tier ${node.tier}` : undefined, node.lifecycle].filter(Boolean).join(' · ');
    const bold = node.id === options.highlight ? ', penwidth=3' : '';
    lines.push(`  ${quote(node.id)} [label=${quote(`${node.name}\n${facts}`)}, tooltip=${quote(`Owner: ${node.owner}`)}, ${STYLE[node.lifecycle]}${bold}];`);
  }
  for (const edge of graph.edges) {
    const attributes = [edge.strength === 'soft' ? 'style=dashed' : undefined, edge.protocol ? `label=${quote(edge.protocol)}` : undefined, edge.usage ? `tooltip=${quote(edge.usage)}` : undefined].filter(Boolean);
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)}${attributes.length > 0 ? ` [${attributes.join(', ')}]` : ''};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A DOT double-quoted string: `\` and `"` escaped, line breaks as the label escape `\n`, other control characters dropped. */
export function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u001f\u007f]/g, '');
  return `"${escaped}"`;
}
