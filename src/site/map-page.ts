import { DEFAULT_MAP_FULL_LIMIT } from '../core/config/resolve-config.ts';
import { selectCatalogMap, type SharedBadge } from '../core/render/select-catalog-map.ts';
import { selectSharedSystems } from '../core/render/select-shared-systems.ts';
import { selectTeamOverview } from '../core/render/select-team-overview.ts';
import { toMermaid } from '../core/render/to-mermaid.ts';
import { diagramHref } from './diagram/diagram-href.ts';
import { renderDiagramSvg } from './diagram/render-diagram-svg.ts';
import { renderMapSvg } from './diagram/render-map-svg.ts';
import { LIFECYCLE_LABEL, tierLabel } from './labels.ts';
import { makeHref, teamPath } from './make-href.ts';
import { mapInput } from './map-input.ts';
import type { SiteModel } from './site-model.ts';

/** Up to how many systems the map draws every system and edge (`map.full_limit`); above it, teams stand for their systems. */
export function fullMapLimit(model: SiteModel): number {
  return model.meta.map?.fullLimit ?? DEFAULT_MAP_FULL_LIMIT;
}
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
  if (systems.length > 0 && systems.length <= fullMapLimit(model)) {
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

/** The whole-catalog map as the map page draws it: ELK layout, shared infrastructure as badges, facets for filters. */
export interface FullMap extends RenderedDiagram {
  shared: SharedBadge[];
  /** The values each filter offers, in display order. */
  filters: { teams: { id: string; name: string }[]; lifecycles: { id: string; name: string }[]; tiers: { id: string; name: string }[] };
}

/** Draws every system and dependency for the map page, or nothing past `map.full_limit`. */
export async function fullMapData(model: SiteModel, base: string): Promise<FullMap | undefined> {
  const { systems, teams } = mapInput(model);
  if (systems.length === 0 || systems.length > fullMapLimit(model)) return undefined;
  const shared = selectSharedSystems(model.graph, model.systems.map((s) => ({ id: s.id, kind: s.data.kind ?? '' })), model.meta.map?.shared ?? 'auto');
  const diagram = selectCatalogMap(model.graph, systems, teams, shared);
  const facetsOf = (id: string) => {
    const data = model.byId.get(id)!.data;
    return { team: data.owner, lifecycle: data.lifecycle, tier: data.tier === undefined ? 'none' : String(data.tier) };
  };
  const svg = await renderMapSvg(diagram, {
    id: 'full-map',
    href: diagramHref(base),
    groupHref: (group) => (group.teamId === undefined ? undefined : makeHref(base, teamPath(group.teamId))),
    facets: (node) => (node.systemId === undefined ? {} : facetsOf(node.systemId)),
  });
    const lifecycles = new Set(model.systems.map((s) => s.data.lifecycle));
  const tiers = new Set(model.systems.map((s) => s.data.tier));
  return {
    svg,
    mermaid: toMermaid(diagram),
    title: diagram.title,
    shared: diagram.shared,
    filters: {
      teams: [...model.ownedBy.keys()].map((id) => ({ id, name: model.teamName(id) })).sort((a, b) => a.name.localeCompare(b.name, 'en')),
      lifecycles: (Object.keys(LIFECYCLE_LABEL) as (keyof typeof LIFECYCLE_LABEL)[]).filter((l) => lifecycles.has(l)).map((l) => ({ id: l, name: LIFECYCLE_LABEL[l] })),
      tiers: [...tiers].sort((a, b) => (a ?? Infinity) - (b ?? Infinity)).map((t) => ({ id: t === undefined ? 'none' : String(t), name: tierLabel(t) })),
    },
  };
}
