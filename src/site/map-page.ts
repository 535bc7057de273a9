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
    data.overview = { svg: renderDiagramSvg(diagram, { id: 'team-overview', href: diagramHref(base) }), mermaid: toMermaid(diagram), title: diagram.title };
  }
  return data;
}
