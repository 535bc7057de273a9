import { buildGraph, type Graph } from '../core/graph/build-graph.ts';
import type { Team } from '../core/model.ts';
import type { AcceptedException } from './accepted-exceptions.ts';
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
  /** Findings a suppression comment accepted, with their reasons, in `check`'s order; `file` is the system page's path. */
  accepted: AcceptedException[];
  /** Accepted exceptions per system id. */
  acceptedBy: Map<string, AcceptedException[]>;
  /** A system's name (its id when unknown). */
  nameOf: (id: string) => string;
  /** A team's name (its id when the owner is not declared). */
  teamName: (id: string) => string;
}

/**
 * Assembles the site model from the content layer's entries; the graph comes from the core, as for `check`.
 * `accepted` is the catalog's accepted exceptions (from `toAcceptedExceptions`), stored by the content layer.
 */
export function buildSiteModel(
  systems: readonly SystemRecord[], teams: readonly TeamRecord[], meta: CatalogMeta, accepted: readonly AcceptedException[] = [],
): SiteModel {
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
  const acceptedBy = new Map<string, AcceptedException[]>();
  const located = accepted.map((e) => {
    const record = byId.get(e.system);
    const exception = record ? { ...e, file: record.file } : { ...e };
    const list = acceptedBy.get(e.system);
    if (list) list.push(exception);
    else acceptedBy.set(e.system, [exception]);
    return exception;
  });
  return {
    meta,
    systems: sorted,
    byId,
    teams: [...teams].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1)),
    teamById,
    ownedBy,
    graph,
    accepted: located,
    acceptedBy,
    nameOf: (id) => byId.get(id)?.data.name ?? id,
    teamName: (id) => teamById.get(id)?.name ?? id,
  };
}

function byName(a: SystemRecord, b: SystemRecord): number {
  return a.data.name.localeCompare(b.data.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
