import { buildGraph, type Graph } from '../core/graph/build-graph.ts';
import type { Team } from '../core/model.ts';
import type { CatalogMeta } from './catalog-meta.ts';
import type { SystemRecord } from './system-record.ts';

/** A declared team as stored by the content layer. */
export type TeamRecord = Omit<Team, 'place'>;

/** The whole catalog as the pages use it: records, teams, the dependency graph, and lookups. */
export interface SiteModel {
  meta: CatalogMeta;
  /** Sorted by name, then id: the order lists use. */
  systems: SystemRecord[];
  byId: Map<string, SystemRecord>;
  /** Declared teams, sorted by name. */
  teams: TeamRecord[];
  teamById: Map<string, TeamRecord>;
  /** Systems per owner id, sorted by name. */
  ownedBy: Map<string, SystemRecord[]>;
  graph: Graph;
  /** A system's name (its id when unknown). */
  nameOf: (id: string) => string;
  /** A team's name (its id when the owner is not declared). */
  teamName: (id: string) => string;
}

/** Assembles the site model from the content layer's entries; the graph comes from the core, as for `check`. */
export function buildSiteModel(systems: readonly SystemRecord[], teams: readonly TeamRecord[], meta: CatalogMeta): SiteModel {
  const sorted = [...systems].sort(byName);
  const byId = new Map(sorted.map((s) => [s.id, s]));
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const ownedBy = new Map<string, SystemRecord[]>();
  for (const system of sorted) {
    const list = ownedBy.get(system.data.owner) ?? [];
    list.push(system);
    ownedBy.set(system.data.owner, list);
  }
  const graph = buildGraph(sorted);
  return {
    meta,
    systems: sorted,
    byId,
    teams: [...teams].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1)),
    teamById,
    ownedBy,
    graph,
    nameOf: (id) => byId.get(id)?.data.name ?? id,
    teamName: (id) => teamById.get(id)?.name ?? id,
  };
}

function byName(a: SystemRecord, b: SystemRecord): number {
  return a.data.name.localeCompare(b.data.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
