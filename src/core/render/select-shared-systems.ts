import type { Graph } from '../graph/build-graph.ts';

/** A system as the shared-infrastructure choice needs it. */
export interface SharedCandidate {
  id: string;
  kind: string;
}

/** The smallest number of direct dependents that makes a system shared under `auto`. */
export const AUTO_SHARED_MIN = 5;
/** Under `auto`, the share of the catalog's systems that must depend on a system directly for it to count as shared. */
export const AUTO_SHARED_SHARE = 0.2;

/**
 * The systems the map draws as badges instead of arrows: under `auto`, every system that at least a fifth of the
 * catalog's systems (and at least 5) depend on directly; otherwise every system whose id or kind is listed.
 */
export function selectSharedSystems(graph: Graph, systems: readonly SharedCandidate[], setting: 'auto' | readonly string[]): Set<string> {
  if (setting !== 'auto') {
    const wanted = new Set(setting);
    return new Set(systems.filter((s) => wanted.has(s.id) || wanted.has(s.kind)).map((s) => s.id));
  }
  const dependents = new Map<string, Set<string>>();
  for (const edge of graph.edges) {
    if (edge.from === edge.to) continue;
    const set = dependents.get(edge.to) ?? new Set();
    set.add(edge.from);
    dependents.set(edge.to, set);
  }
  const needed = Math.max(AUTO_SHARED_MIN, Math.ceil(systems.length * AUTO_SHARED_SHARE));
  return new Set(systems.filter((s) => (dependents.get(s.id)?.size ?? 0) >= needed).map((s) => s.id));
}
