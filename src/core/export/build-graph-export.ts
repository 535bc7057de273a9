import type { SystemSummary } from '../graph/system-summary.ts';
import type { Graph } from '../graph/build-graph.ts';

/** One system as a graph node. */
export interface GraphExportNode {
  id: string;
  name: string;
  owner: string;
  lifecycle: SystemSummary['data']['lifecycle'];
  kind: string | null;
  tier: number | null;
}

/** One dependency edge: `from` depends on `to`. */
export interface GraphExportEdge {
  from: string;
  to: string;
  strength: 'hard' | 'soft';
  protocol: string | null;
  usage: string | null;
}

/** The dependency graph as plain data, the input of every graph format (JSON, DOT, Mermaid). */
export interface GraphExport {
  schemaVersion: 1;
  /** Sorted by id. */
  nodes: GraphExportNode[];
  /** Sorted by `from`, then `to`. */
  edges: GraphExportEdge[];
}

/** What a graph export reads from a catalog. */
export interface GraphSource {
  byId: ReadonlyMap<string, SystemSummary>;
  graph: Graph;
}

/** The whole graph, or the part induced by `only` (edges between kept nodes), as plain data with stable order. */
export function buildGraphExport(catalog: GraphSource, only?: ReadonlySet<string>): GraphExport {
  const keep = (id: string) => !only || only.has(id);
  return {
    schemaVersion: 1,
    nodes: catalog.graph.nodes.filter(keep).map((id) => {
      const { data } = catalog.byId.get(id)!;
      return { id, name: data.name, owner: data.owner, lifecycle: data.lifecycle, kind: data.kind ?? null, tier: data.tier ?? null };
    }),
    edges: catalog.graph.edges.filter((e) => keep(e.from) && keep(e.to)).map((e) => ({
      from: e.from, to: e.to, strength: e.strength, protocol: e.protocol ?? null, usage: e.usage ?? null,
    })),
  };
}
