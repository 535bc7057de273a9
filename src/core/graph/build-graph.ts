import type { CatalogSystem, Dependency } from '../model.ts';

/** One dependency edge: `from` needs `to`. */
export interface Edge {
  from: string;
  to: string;
  strength: 'hard' | 'soft';
  protocol?: string;
  usage?: string;
}

/** The dependency graph over known systems, with edges indexed both ways. */
export interface Graph {
  /** System ids, sorted. */
  nodes: string[];
  edges: Edge[];
  /** Edges out of a system (what it depends on), in the order written. */
  out: Map<string, Edge[]>;
  /** Edges into a system (what depends on it), sorted by dependent id. */
  in: Map<string, Edge[]>;
}

/** What the graph needs of a system: its id and its `depends_on` (places not needed), so a cached index can build it too. */
export type GraphInput = Pick<CatalogSystem, 'id'> & { dependencies: readonly Pick<Dependency, 'id' | 'strength' | 'protocol' | 'usage'>[] };

/** Builds the graph; edges to unknown ids and self-edges are left out (check reports them). */
export function buildGraph(systems: readonly GraphInput[]): Graph {
  const nodes = systems.map((s) => s.id).sort();
  const known = new Set(nodes);
  const out = new Map<string, Edge[]>();
  const into = new Map<string, Edge[]>();
  for (const id of nodes) {
    out.set(id, []);
    into.set(id, []);
  }
  const edges: Edge[] = [];
  for (const system of systems) {
    const seen = new Set<string>();
    for (const dep of system.dependencies) {
      if (!known.has(dep.id) || dep.id === system.id || seen.has(dep.id)) continue;
      seen.add(dep.id);
      const edge: Edge = { from: system.id, to: dep.id, strength: dep.strength };
      if (dep.protocol) edge.protocol = dep.protocol;
      if (dep.usage) edge.usage = dep.usage;
      edges.push(edge);
      out.get(system.id)!.push(edge);
      into.get(dep.id)!.push(edge);
    }
  }
  for (const list of into.values()) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  edges.sort((a, b) => (a.from === b.from ? (a.to < b.to ? -1 : 1) : a.from < b.from ? -1 : 1));
  return { nodes, edges, out, in: into };
}
