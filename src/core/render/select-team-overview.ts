import type { Graph } from '../graph/build-graph.ts';
import type { Diagram, DiagramEdge, DiagramNode } from './diagram.ts';
import { teamLabels, type MapSystem, type MapTeam } from './map-input.ts';

/**
 * The catalog collapsed to teams: one box per team that owns systems, and one arrow per pair of teams whose
 * systems depend on each other, labelled with how many dependencies it stands for (solid when any is hard).
 */
export function selectTeamOverview(graph: Graph, systems: readonly MapSystem[], teams: readonly MapTeam[]): Diagram {
  const labelOfTeam = teamLabels(teams);
  const teamOf = new Map(systems.map((s) => [s.id, s.team]));
  const owned = new Map<string, number>();
  for (const s of systems) owned.set(s.team, (owned.get(s.team) ?? 0) + 1);
  const ids = [...owned.keys()].sort();
  const keyOf = new Map(ids.map((id, i) => [id, `n${i}`]));
  const nodes: DiagramNode[] = ids.map((id, i) => ({
    key: `n${i}`, label: `${labelOfTeam(id)} (${owned.get(id)})`, role: 'team', teamId: id,
  }));
  const pairs = new Map<string, { from: string; to: string; count: number; hard: boolean }>();
  for (const edge of graph.edges) {
    const from = teamOf.get(edge.from);
    const to = teamOf.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    const id = `${from}\u0000${to}`;
    const pair = pairs.get(id) ?? { from, to, count: 0, hard: false };
    pair.count++;
    pair.hard ||= edge.strength === 'hard';
    pairs.set(id, pair);
  }
  // Heaviest first: a layout that must reverse an edge of a cycle between teams reverses the lighter one.
  const edges: DiagramEdge[] = [...pairs.values()]
    .sort((a, b) => b.count - a.count || (a.from === b.from ? (a.to < b.to ? -1 : 1) : a.from < b.from ? -1 : 1))
    .map((p) => ({ from: keyOf.get(p.from)!, to: keyOf.get(p.to)!, strength: p.hard ? 'hard' : 'soft', label: String(p.count) }));
  return {
    title: `${ids.length} teams and the dependencies between their systems; each arrow is labelled with how many there are.`,
    nodes,
    edges,
    groups: [],
  };
}
