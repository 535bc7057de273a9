import type { Graph } from '../graph/build-graph.ts';
import type { Diagram, DiagramEdge, DiagramNode } from './diagram.ts';
import { teamLabels, type MapSystem, type MapTeam } from './map-input.ts';

/**
 * One team's systems with the edges between them, and every other team its systems touch collapsed into one
 * box per team: the middle level between the team overview and a single system's neighbourhood.
 */
export function selectTeamMap(graph: Graph, team: string, systems: readonly MapSystem[], teams: readonly MapTeam[]): Diagram {
  const labelOfTeam = teamLabels(teams);
  const teamOf = new Map(systems.map((s) => [s.id, s.team]));
  const own = systems.filter((s) => s.team === team).sort((a, b) => (a.id < b.id ? -1 : 1));
  const nodes: DiagramNode[] = [];
  const keyOf = new Map<string, string>();
  for (const system of own) {
    keyOf.set(system.id, `n${nodes.length}`);
    nodes.push({ key: `n${nodes.length}`, label: system.label, role: 'system', systemId: system.id });
  }
  const teamKey = (id: string) => {
    const at = `team:${id}`;
    let key = keyOf.get(at);
    if (key === undefined) {
      key = `n${nodes.length}`;
      keyOf.set(at, key);
      nodes.push({ key, label: labelOfTeam(id), role: 'team', teamId: id });
    }
    return key;
  };
  const collapsed = new Map<string, DiagramEdge & { count: number }>();
  const internal: DiagramEdge[] = [];
  for (const edge of graph.edges) {
    const fromTeam = teamOf.get(edge.from);
    const toTeam = teamOf.get(edge.to);
    if (fromTeam !== team && toTeam !== team) continue;
    if (fromTeam === team && toTeam === team) {
      internal.push({ from: keyOf.get(edge.from)!, to: keyOf.get(edge.to)!, strength: edge.strength });
      continue;
    }
    const from = fromTeam === team ? keyOf.get(edge.from)! : teamKey(fromTeam!);
    const to = toTeam === team ? keyOf.get(edge.to)! : teamKey(toTeam!);
    const id = `${from}>${to}`;
    const entry = collapsed.get(id) ?? { from, to, strength: 'soft', count: 0 };
    entry.count++;
    if (edge.strength === 'hard') entry.strength = 'hard';
    collapsed.set(id, entry);
  }
  const edges = [
    ...internal,
    ...[...collapsed.values()].map(({ count, ...edge }) => (count > 1 ? { ...edge, label: String(count) } : edge)),
  ];
  return {
    title: `${labelOfTeam(team)}: its ${own.length} systems, and the other teams' systems they depend on or that depend on them.`,
    nodes,
    edges,
    groups: [],
  };
}
