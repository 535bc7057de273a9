import type { Graph } from '../graph/build-graph.ts';
import type { Diagram, DiagramGroup, DiagramNode } from './diagram.ts';
import { teamLabels, type MapSystem, type MapTeam } from './map-input.ts';

/** Every system and every edge, each system drawn inside its owner team's group. Meant for small catalogs. */
export function selectCatalogMap(graph: Graph, systems: readonly MapSystem[], teams: readonly MapTeam[]): Diagram {
  const labelOfTeam = teamLabels(teams);
  const owners = [...new Set(systems.map((s) => s.team))].sort();
  const groups: DiagramGroup[] = owners.map((team, i) => ({ key: `g${i}`, label: labelOfTeam(team), teamId: team }));
  const groupOf = new Map(owners.map((team, i) => [team, `g${i}`]));
  const sorted = [...systems].sort((a, b) => (a.team === b.team ? (a.id < b.id ? -1 : 1) : a.team < b.team ? -1 : 1));
  const keyOf = new Map<string, string>();
  const nodes: DiagramNode[] = sorted.map((system, i) => {
    keyOf.set(system.id, `n${i}`);
    return { key: `n${i}`, label: system.label, role: 'system', systemId: system.id, group: groupOf.get(system.team)! };
  });
  const edges = graph.edges
    .filter((e) => keyOf.has(e.from) && keyOf.has(e.to))
    .map((e) => ({ from: keyOf.get(e.from)!, to: keyOf.get(e.to)!, strength: e.strength }));
  return {
    title: `All ${systems.length} systems and ${edges.length} dependencies, grouped by owner team.`,
    nodes,
    edges,
    groups,
  };
}
