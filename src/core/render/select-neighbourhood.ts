import type { Edge, Graph } from '../graph/build-graph.ts';
import type { Diagram, DiagramEdge, DiagramNode } from './diagram.ts';

/** How much of the neighbourhood to draw before collapsing the rest into `+N more` boxes. */
export interface NeighbourhoodOptions {
  /** Most boxes on each side one hop away, a `+N more` box included. Default 10. */
  perSide?: number;
  /** Most systems two hops away on each side; a hop-1 system whose own neighbours do not fit gets a `+N more` box. Default 6. */
  secondHop?: number;
}

type Side = 'dependencies' | 'dependents';

/**
 * The diagram of one system's neighbourhood: what it depends on (right, ranks 1-2), what depends on it
 * (left, ranks -1 and -2), every edge of the system itself and the edges between neighbours that lead one
 * layer outward. Busy sides collapse into `+N more` boxes that say where the full list is; nothing is lost,
 * because the page always lists every edge too.
 */
export function selectNeighbourhood(graph: Graph, focus: string, labelOf: (id: string) => string, options: NeighbourhoodOptions = {}): Diagram {
  const perSide = Math.max(2, options.perSide ?? 10);
  const secondHop = options.secondHop ?? 6;
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const keyOf = new Map<string, string>();
  const addSystem = (id: string, rank: number) => {
    const key = `n${nodes.length}`;
    keyOf.set(id, key);
    nodes.push({ key, label: labelOf(id), role: rank === 0 ? 'focus' : 'system', systemId: id, rank });
    return key;
  };
  const addMore = (side: Side, count: number, rank: number, parentKey: string, hidden: Edge[], of?: string) => {
    const key = `n${nodes.length}`;
    nodes.push({ key, label: `+${count} more`, role: 'more', more: { list: side, count, ...(of ? { of } : {}) }, rank });
    const strength = hidden.some((e) => e.strength === 'hard') ? 'hard' : 'soft';
    edges.push(side === 'dependencies' ? { from: parentKey, to: key, strength } : { from: key, to: parentKey, strength });
  };
  const step = (side: Side) => (id: string): Edge[] => (side === 'dependencies' ? graph.out.get(id) : graph.in.get(id)) ?? [];
  const other = (side: Side, edge: Edge) => (side === 'dependencies' ? edge.to : edge.from);

  const focusKey = addSystem(focus, 0);
  // Direct neighbours never reappear two hops out, even when they are collapsed into a `+N more` box.
  const direct = new Set([...step('dependencies')(focus).map((e) => e.to), ...step('dependents')(focus).map((e) => e.from)]);
  const firstHop = new Map<Side, string[]>();
  for (const side of ['dependencies', 'dependents'] as const) {
    const sign = side === 'dependencies' ? 1 : -1;
    const candidates = step(side)(focus).filter((e) => !keyOf.has(other(side, e)));
    const shown = candidates.length <= perSide ? candidates : candidates.slice(0, perSide - 1);
    for (const edge of shown) addSystem(other(side, edge), sign);
    if (shown.length < candidates.length) addMore(side, candidates.length - shown.length, sign, focusKey, candidates.slice(shown.length));
    firstHop.set(side, shown.map((e) => other(side, e)));
  }

  // Systems two hops out per side, drawn or collapsed, so the title can say what the picture covers.
  const reached = { dependencies: new Set<string>(), dependents: new Set<string>() };
  for (const side of ['dependencies', 'dependents'] as const) {
    const sign = side === 'dependencies' ? 2 : -2;
    let budget = secondHop;
    for (const parent of firstHop.get(side)!) {
      const fresh = step(side)(parent).filter((e) => !keyOf.has(other(side, e)) && !direct.has(other(side, e)));
      const unique = [...new Map(fresh.map((e) => [other(side, e), e])).values()];
      if (unique.length === 0) continue;
      for (const edge of unique) reached[side].add(other(side, edge));
      if (unique.length <= budget) {
        for (const edge of unique) addSystem(other(side, edge), sign);
        budget -= unique.length;
      } else {
        addMore(side, unique.length, sign, keyOf.get(parent)!, unique, parent);
      }
    }
  }

  // Every edge of the focus itself, and the edges between neighbours that run one layer rightward (toward
  // dependencies); edges that would cut across the picture are left to the tables, which list every edge.
  // Only the shown systems' own edges are visited (sorted as `graph.edges` is), so a page costs the same in a
  // catalog of 10 or 10,000 systems.
  const rankOf = new Map(nodes.map((n) => [n.key, n.rank!]));
  for (const id of [...keyOf.keys()].sort()) {
    const from = keyOf.get(id)!;
    for (const edge of [...(graph.out.get(id) ?? [])].sort((a, b) => (a.to < b.to ? -1 : 1))) {
      const to = keyOf.get(edge.to);
      if (to === undefined) continue;
      if (from === focusKey || to === focusKey || rankOf.get(to)! - rankOf.get(from)! === 1) edges.push({ from, to, strength: edge.strength });
    }
  }

  const out = graph.out.get(focus)?.length ?? 0;
  const into = graph.in.get(focus)?.length ?? 0;
  const [further, back] = [reached.dependencies.size, reached.dependents.size];
  const title = further + back === 0
    ? `Dependencies of ${labelOf(focus)}: it depends on ${count(out)}; ${count(into, true)} on it.`
    : `Dependencies of ${labelOf(focus)}, drawn two hops out: it depends on ${count(out)} directly${further > 0 ? ` and on ${further} more through ${out === 1 ? 'it' : 'them'}` : ''}; `
      + `${count(into, true)} on it directly${back > 0 ? `, and ${back} more through ${into === 1 ? 'that one' : 'those'}` : ''}.`;
  return {
    title,
    nodes,
    edges,
    groups: [],
  };
}

function count(n: number, verb = false): string {
  const noun = n === 1 ? '1 system' : `${n} systems`;
  return verb ? `${noun} ${n === 1 ? 'depends' : 'depend'}` : noun;
}
