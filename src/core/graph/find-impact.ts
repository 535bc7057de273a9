import type { Graph, Edge } from './build-graph.ts';

/** A system reached from the starting system, with the shortest path that reaches it. */
export interface ImpactEntry {
  id: string;
  /** Hops from the start along `path`. */
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
 * Walks the graph breadth-first from `start`, visiting each system once (so cycles end the walk).
 * A system reachable through hard edges only is `hard`, with the shortest all-hard path, even when a shorter
 * path through a soft dependency exists; every other system gets its shortest path. Sorted by depth, then id.
 */
export function findImpact(graph: Graph, start: string, options: ImpactOptions = {}): ImpactEntry[] {
  const direction = options.direction ?? 'dependents';
  const maxDepth = options.maxDepth ?? Infinity;
  const next = (id: string): [string, Edge][] =>
    direction === 'dependents'
      ? (graph.in.get(id) ?? []).map((e) => [e.from, e])
      : (graph.out.get(id) ?? []).map((e) => [e.to, e]);

  const hard = walk(start, maxDepth, (id) => next(id).filter(([, e]) => e.strength === 'hard'));
  const any = walk(start, maxDepth, next);
  const hardPaths = paths(start, hard);
  const anyPaths = paths(start, any);
  const entries: ImpactEntry[] = [];
  for (const [id, reached] of any) {
    if (id === start) continue;
    const viaHard = hard.get(id);
    entries.push(viaHard
      ? { id, depth: viaHard.depth, path: hardPaths.get(id)!, hard: true }
      : { id, depth: reached.depth, path: anyPaths.get(id)!, hard: false });
  }
  return entries.sort((a, b) => a.depth - b.depth || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

type Walk = Map<string, { depth: number; parent?: string }>;

/** Breadth-first search recording each system's depth and its parent on one shortest path (the smallest id wins ties), in visiting order. */
function walk(start: string, maxDepth: number, next: (id: string) => [string, Edge][]): Walk {
  const seen: Walk = new Map([[start, { depth: 0 }]]);
  let frontier = [start];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const level: string[] = [];
    for (const id of frontier) {
      for (const [to] of next(id)) {
        if (seen.has(to)) continue;
        seen.set(to, { depth, parent: id });
        level.push(to);
      }
    }
    frontier = level.sort();
  }
  return seen;
}

/** Each system's path from the start, built from its parent's (the walk visits parents first), so no path is traced twice. */
function paths(start: string, reached: Walk): Map<string, string[]> {
  const out = new Map<string, string[]>([[start, [start]]]);
  for (const [id, { parent }] of reached) if (parent !== undefined) out.set(id, [...out.get(parent)!, id]);
  return out;
}
