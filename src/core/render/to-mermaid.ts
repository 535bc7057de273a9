import type { Diagram, DiagramNode } from './diagram.ts';
import { escapeMermaidLabel } from './escape-mermaid-label.ts';

/**
 * Writes a diagram as Mermaid flowchart text: generated ids (`n0`, `g0`), escaped labels, hard edges as `-->`
 * and soft edges as `-.->`. Nodes are declared on their own lines before any edge, so a label never shares a
 * line with an arrow. No `click` lines: links are added to the rendered SVG, so Mermaid can stay strict.
 */
export function toMermaid(diagram: Diagram): string {
  const lines = ['flowchart LR'];
  const grouped = new Map<string, DiagramNode[]>();
  for (const node of diagram.nodes) {
    if (node.group === undefined) {
      lines.push(`  ${declare(node)}`);
      continue;
    }
    const members = grouped.get(node.group) ?? [];
    members.push(node);
    grouped.set(node.group, members);
  }
  for (const group of diagram.groups) {
    lines.push(`  subgraph ${group.key}["${escapeMermaidLabel(group.label)}"]`);
    for (const node of grouped.get(group.key) ?? []) lines.push(`    ${declare(node)}`);
    lines.push('  end');
  }
  for (const edge of diagram.edges) {
    const arrow = edge.strength === 'hard' ? '-->' : '-.->';
    const label = edge.label === undefined ? '' : `|"${escapeMermaidLabel(edge.label)}"|`;
    lines.push(`  ${edge.from} ${arrow}${label} ${edge.to}`);
  }
  const focus = diagram.nodes.filter((n) => n.role === 'focus').map((n) => n.key);
  const more = diagram.nodes.filter((n) => n.role === 'more').map((n) => n.key);
  if (focus.length > 0) lines.push('  classDef focus stroke-width:3px', `  class ${focus.join(',')} focus`);
  if (more.length > 0) lines.push('  classDef more stroke-dasharray:4 4', `  class ${more.join(',')} more`);
  return `${lines.join('\n')}\n`;
}

function declare(node: DiagramNode): string {
  const label = escapeMermaidLabel(node.label);
  switch (node.role) {
    case 'focus': return `${node.key}[["${label}"]]`;
    case 'more': return `${node.key}(["${label}"])`;
    case 'team': return `${node.key}("${label}")`;
    default: return `${node.key}["${label}"]`;
  }
}
