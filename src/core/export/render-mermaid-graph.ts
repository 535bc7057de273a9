import type { Diagram } from '../render/diagram.ts';
import { toMermaid } from '../render/to-mermaid.ts';
import type { GraphExport } from './build-graph-export.ts';

/**
 * Mermaid `flowchart` text for a whole graph (or an impact subgraph), through the same writer as the site's diagrams:
 * generated node ids, escaped names as labels, soft dependencies dotted, the highlighted system drawn as the focus.
 */
export function renderMermaidGraph(graph: GraphExport, options: { highlight?: string } = {}): string {
  const keys = new Map(graph.nodes.map((node, i) => [node.id, `n${i}`]));
  const diagram: Diagram = {
    title: options.highlight ? `Dependencies around ${options.highlight}` : 'Dependency graph',
    nodes: graph.nodes.map((node) => ({ key: keys.get(node.id)!, label: node.name, role: node.id === options.highlight ? 'focus' : 'system', systemId: node.id })),
    edges: graph.edges.map((edge) => ({ from: keys.get(edge.from)!, to: keys.get(edge.to)!, strength: edge.strength })),
    groups: [],
  };
  return toMermaid(diagram);
}
