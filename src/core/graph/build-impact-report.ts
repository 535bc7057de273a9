import type { SystemSummary } from './system-summary.ts';
import type { Graph } from './build-graph.ts';
import { findImpact, type ImpactOptions } from './find-impact.ts';

/** What a reader needs to know about a system in an impact list. */
export interface SystemRef {
  id: string;
  name: string;
  owner: string;
  lifecycle: SystemSummary['data']['lifecycle'];
  tier: number | null;
}

/** One dependency edge on a path, always written `from` depends on `to`. */
export interface ImpactStep {
  from: string;
  to: string;
  strength: 'hard' | 'soft';
}

/** A system reached from the start, with how it is reached. */
export interface ImpactReportEntry extends SystemRef {
  depth: number;
  /** True when it is one edge away from the start, whichever path is shown. */
  direct: boolean;
  /** True when every step is hard: it breaks (or, with `dependencies`, the start breaks without it). */
  hard: boolean;
  /** Ids from the start to this system. */
  path: string[];
  /** The edges along `path`, in path order. */
  steps: ImpactStep[];
}

/** The answer to "what breaks if this goes down?" (or, reversed, "what does this need?"). */
export interface ImpactReport {
  system: SystemRef;
  direction: NonNullable<ImpactOptions['direction']>;
  /** `null` when the walk was not limited. */
  maxDepth: number | null;
  entries: ImpactReportEntry[];
  /** Owner teams of the entries, most systems first, then by id. */
  teams: { id: string; systems: number }[];
}

/** The catalog parts an impact report reads. */
export interface ImpactSource {
  byId: ReadonlyMap<string, SystemSummary>;
  graph: Graph;
}

/** Walks the graph from a known system and describes every system reached, its path, and the teams involved. */
export function buildImpactReport(catalog: ImpactSource, id: string, options: ImpactOptions = {}): ImpactReport {
  const direction = options.direction ?? 'dependents';
  const strength = (from: string, to: string) => catalog.graph.out.get(from)!.find((e) => e.to === to)!.strength;
  const neighbours = new Set((direction === 'dependents' ? catalog.graph.in.get(id) ?? [] : catalog.graph.out.get(id) ?? []).map((e) => (direction === 'dependents' ? e.from : e.to)));
  const entries = findImpact(catalog.graph, id, options).map((entry): ImpactReportEntry => ({
    ...systemRef(catalog.byId.get(entry.id)!),
    depth: entry.depth,
    direct: neighbours.has(entry.id),
    hard: entry.hard,
    path: entry.path,
    steps: entry.path.slice(1).map((to, i) => {
      const [from, on] = direction === 'dependents' ? [to, entry.path[i]!] : [entry.path[i]!, to];
      return { from, to: on, strength: strength(from, on) };
    }),
  }));
  const teams = new Map<string, number>();
  for (const entry of entries) teams.set(entry.owner, (teams.get(entry.owner) ?? 0) + 1);
  return {
    system: systemRef(catalog.byId.get(id)!),
    direction,
    maxDepth: Number.isFinite(options.maxDepth ?? Infinity) ? options.maxDepth! : null,
    entries,
    teams: [...teams].map(([team, systems]) => ({ id: team, systems })).sort((a, b) => b.systems - a.systems || (a.id < b.id ? -1 : 1)),
  };
}

/** The few fields of a system that lists show. */
export function systemRef(system: SystemSummary): SystemRef {
  return { id: system.id, name: system.data.name, owner: system.data.owner, lifecycle: system.data.lifecycle, tier: system.data.tier ?? null };
}
