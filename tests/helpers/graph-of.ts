import { buildGraph, type Graph } from '../../src/core/graph/build-graph.ts';

/** A graph from `a->b` edges; a trailing `~` marks a soft edge (`a->b~`); a bare `a` adds a lone system. */
export function graphOf(...edges: string[]): Graph {
  const deps = new Map<string, { id: string; strength: 'hard' | 'soft' }[]>();
  for (const edge of edges) {
    const [from, raw] = edge.split('->') as [string, string | undefined];
    if (!deps.has(from)) deps.set(from, []);
    if (raw === undefined) continue;
    const to = raw.replace('~', '');
    if (!deps.has(to)) deps.set(to, []);
    deps.get(from)!.push({ id: to, strength: raw.endsWith('~') ? 'soft' : 'hard' });
  }
  return buildGraph([...deps].map(([id, dependencies]) => ({ id, dependencies })));
}
