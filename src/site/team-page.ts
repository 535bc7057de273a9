import { selectTeamMap } from '../core/render/select-team-map.ts';
import { toMermaid } from '../core/render/to-mermaid.ts';
import { diagramHref } from './diagram/diagram-href.ts';
import { renderDiagramSvg } from './diagram/render-diagram-svg.ts';
import { mapInput } from './map-input.ts';
import type { SiteModel } from './site-model.ts';

/** Dependencies between this team's systems and one other team's systems. */
export interface TeamLink {
  team: string;
  teamName: string;
  /** Each edge as (our or their system) → (the system depended on). */
  edges: { from: string; to: string; strength: 'hard' | 'soft' }[];
  /** The systems depended on, with how many edges reach each, most first. */
  targets: { id: string; count: number }[];
}

/** What a team page shows beyond the team's own fields. */
export interface TeamPageData {
  /** Other teams whose systems this team's systems depend on. */
  dependsOn: TeamLink[];
  /** Other teams whose systems depend on this team's systems. */
  dependedOnBy: TeamLink[];
  diagram?: { svg: string; mermaid: string; title: string };
}

/** Computes a team page's cross-team dependencies and its diagram. */
export function teamPageData(model: SiteModel, team: string, base: string): TeamPageData {
  const ownerOf = (id: string) => model.byId.get(id)?.data.owner;
  const group = (pick: (from: string | undefined, to: string | undefined) => string | undefined) => {
    const links = new Map<string, TeamLink>();
    for (const edge of model.graph.edges) {
      const other = pick(ownerOf(edge.from), ownerOf(edge.to));
      if (other === undefined) continue;
      const link = links.get(other) ?? { team: other, teamName: model.teamName(other), edges: [], targets: [] };
      link.edges.push({ from: edge.from, to: edge.to, strength: edge.strength });
      links.set(other, link);
    }
    for (const link of links.values()) {
      const counts = new Map<string, number>();
      for (const e of link.edges) counts.set(e.to, (counts.get(e.to) ?? 0) + 1);
      link.targets = [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
    }
    return [...links.values()].sort((a, b) => a.teamName.localeCompare(b.teamName, 'en'));
  };
  const dependsOn = group((from, to) => (from === team && to !== team ? to : undefined));
  const dependedOnBy = group((from, to) => (to === team && from !== team ? from : undefined));
  const own = model.ownedBy.get(team) ?? [];
  if (own.length === 0) return { dependsOn, dependedOnBy };
  const { systems, teams } = mapInput(model);
  const diagram = selectTeamMap(model.graph, team, systems, teams);
  return {
    dependsOn,
    dependedOnBy,
    diagram: { svg: renderDiagramSvg(diagram, { id: 'team-diagram', href: diagramHref(base) }), mermaid: toMermaid(diagram), title: diagram.title },
  };
}
