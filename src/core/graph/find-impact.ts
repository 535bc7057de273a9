import type { Graph, Edge } from './build-graph.ts';

/** A system reached from the starting system, with the shortest path that reaches it. */
export interface ImpactEntry {
  id: string;
  /** Hops from the start. */
  depth: number;
  /** Ids from the start to this system, both included. */
  path: string[];
  /** True when every edge on the path is hard: this system breaks, not just degrades. */
  hard: boolean;
}

/** Options for walking the graph. */
export interface ImpactOptions {
  /** `dependents` (default): what breaks if the start goes down; `dependencies`: what the start needs. */
  direction?: 'dependents' | 'dependencies';
  /** Stop after this many hops. */
  maxDepth?: number;
}

/**
 * Walks the graph breadth-first from `start`, visiting each system once (so cycles end the walk),
 * preferring an all-hard path when a system can be reached both ways at the same depth.
 */
export function findImpact(graph: Graph, start: string, options: ImpactOptions = {}): ImpactEntry[] {
  const direction = options.direction ?? 'dependents';
  const maxDepth = options.maxDepth ?? Infinity;
  const next = (id: string): [string, Edge][] =>
    direction === 'dependents'
      ? (graph.in.get(id) ?? []).map((e) => [e.from, e])
      : (graph.out.get(id) ?? []).map((e) => [e.to, e]);
  const found = new Map<string, ImpactEntry>();
  let frontier: ImpactEntry[] = [{ id: start, depth: 0, path: [start], hard: true }];
  const visited = new Set([start]);
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const level = new Map<string, ImpactEntry>();
    for (const entry of frontier) {
      for (const [id, edge] of next(entry.id)) {
        if (visited.has(id)) continue;
        const hard = entry.hard && edge.strength === 'hard';
        const current = level.get(id);
        if (!current || (hard && !current.hard)) level.set(id, { id, depth, path: [...entry.path, id], hard });
      }
    }
    frontier = [...level.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const entry of frontier) {
      visited.add(entry.id);
      found.set(entry.id, entry);
    }
  }
  return [...found.values()];
}
