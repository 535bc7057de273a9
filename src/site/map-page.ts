import { selectCatalogMap } from '../core/render/select-catalog-map.ts';
import { selectTeamOverview } from '../core/render/select-team-overview.ts';
import { toMermaid } from '../core/render/to-mermaid.ts';
import { diagramHref } from './diagram/diagram-href.ts';
import { renderDiagramSvg } from './diagram/render-diagram-svg.ts';
import { makeHref, teamPath } from './make-href.ts';
import { mapInput } from './map-input.ts';
import type { SiteModel } from './site-model.ts';

/** Up to this many systems, the map draws every system and edge; above it, teams stand for their systems. */
export const FULL_MAP_LIMIT = 60;
/** Up to this many owning teams, the team overview is drawn; above it, it is a table only. */
export const OVERVIEW_LIMIT = 80;

/** A diagram ready for the page. */
export interface RenderedDiagram {
  svg: string;
  mermaid: string;
  title: string;
}

/** The map page's diagrams: the full map for small catalogs, and the team overview while it stays readable. */
export interface MapPageData {
  full?: RenderedDiagram;
  overview?: RenderedDiagram;
  /** How many teams own systems. */
  owningTeams: number;
  /** Dependencies between teams as a table: `counts[i][j]` edges from team i's systems to team j's. */
  matrix?: { teams: { id: string; name: string }[]; counts: number[][] };
}

/** Computes the whole-catalog map: drawn in full while small, collapsed to teams as it grows. */
export function mapPageData(model: SiteModel, base: string): MapPageData {
  const { systems, teams } = mapInput(model);
  const owningTeams = new Set(systems.map((s) => s.team)).size;
  const data: MapPageData = { owningTeams };
  if (systems.length > 0 && systems.length <= FULL_MAP_LIMIT) {
    const diagram = selectCatalogMap(model.graph, systems, teams);
    const svg = renderDiagramSvg(diagram, {
      id: 'full-map',
      href: diagramHref(base),
      groupHref: (group) => (group.teamId === undefined ? undefined : makeHref(base, teamPath(group.teamId))),
    });
    data.full = { svg, mermaid: toMermaid(diagram), title: diagram.title };
  }
  if (owningTeams > 1 && owningTeams <= OVERVIEW_LIMIT) {
    const diagram = selectTeamOverview(model.graph, systems, teams);
    const owners = [...new Set(systems.map((s) => s.team))].sort((a, b) => model.teamName(a).localeCompare(model.teamName(b), 'en'));
    const index = new Map(owners.map((t, i) => [t, i]));
    const counts = owners.map(() => owners.map(() => 0));
    for (const edge of model.graph.edges) {
      const from = index.get(model.byId.get(edge.from)!.data.owner)!;
      const to = index.get(model.byId.get(edge.to)!.data.owner)!;
      counts[from]![to]!++;
    }
    data.matrix = { teams: owners.map((id) => ({ id, name: model.teamName(id) })), counts };
    data.overview = { svg: renderDiagramSvg(diagram, { id: 'team-overview', href: diagramHref(base), fit: owningTeams <= 12 }), mermaid: toMermaid(diagram), title: diagram.title };
  }
  return data;
}
