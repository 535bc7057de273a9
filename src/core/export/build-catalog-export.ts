import type { CatalogSystem } from '../model.ts';
import type { SystemData } from '../types/system.ts';
import type { Catalog } from '../analyze-catalog.ts';
import type { SystemReadiness } from '../readiness/compute-readiness.ts';
import type { CriterionStatus } from '../readiness/evaluate-criterion.ts';
import type { ReadinessCriterion } from '../types/config.ts';
import { summarizeReadiness, type ReadinessSummary } from '../readiness/summarize-readiness.ts';
import { repoPath } from '../display-path.ts';
import type { GraphExportEdge } from './build-graph-export.ts';

/** Bumped whenever a field of `catalog.json` changes meaning or goes away (adding fields does not bump it). */
export const CATALOG_SCHEMA_VERSION = 1;

/** One system in `catalog.json`: its front matter as written, and everything the catalog resolved about it. */
export interface ExportedSystem {
  id: string;
  /** Path of the doc relative to the repository root (never the build machine's absolute path). */
  file: string;
  /** The front matter exactly as validated against `schema/system.schema.json`. */
  data: SystemData;
  /** Headings of the body, in order. */
  headings: { depth: number; text: string }[];
  /** `depends_on`, normalized: every entry with its strength, and whether the id exists in the catalog. */
  dependencies: { id: string; strength: 'hard' | 'soft'; protocol: string | null; usage: string | null; known: boolean }[];
  /** Systems that depend on this one, sorted by id. */
  dependents: { id: string; strength: 'hard' | 'soft' }[];
  /** The owner team's name, when the team is declared. */
  ownerName: string | null;
  readiness: ExportedReadiness | null;
  /** Problems `check` reports in this doc. */
  problems: { errors: number; warnings: number };
}

/** A system's readiness in `catalog.json`; criteria are described once, in the top-level `criteria`. */
export interface ExportedReadiness {
  level: string | null;
  next: string | null;
  required: string | null;
  meetsRequired: boolean;
  /** Every criterion's outcome, by criterion id (described in the top-level `criteria`). */
  criteria: Record<string, CriterionStatus>;
  /** Why a criterion did not pass (or does not apply), by criterion id. */
  details: Record<string, string>;
  /** Ids of the criteria between the system and its next level. */
  toNext: string[];
  /** Ids of the criteria between the system and its required level. */
  toRequired: string[];
}

/** The whole catalog as one JSON document, so other tools never parse Markdown. */
export interface CatalogExport {
  schemaVersion: typeof CATALOG_SCHEMA_VERSION;
  /** The date the catalog was analyzed for (review ages, readiness), YYYY-MM-DD. */
  date: string;
  title: string;
  /** Readiness levels, lowest first. */
  levels: { id: string; name: string; description: string | null }[];
  /** Readiness criteria, in order. */
  criteria: Pick<ReadinessCriterion, 'id' | 'level' | 'category' | 'title'>[];
  teams: { id: string; name: string; chat: string | null; email: string | null; systems: string[] }[];
  /** Sorted by id. */
  systems: ExportedSystem[];
  /** Every dependency edge between known systems. */
  edges: GraphExportEdge[];
  readiness: ReadinessSummary;
}

/**
 * Builds `catalog.json` from an analyzed catalog: every system with resolved relations and readiness. For a catalog
 * read from disk (`dir` given) doc paths are relative to the repository root, so they do not depend on where the
 * build ran; an in-memory catalog keeps its paths.
 */
export function buildCatalogExport(catalog: Catalog & { dir?: string; cwd?: string }): CatalogExport {
  const teamNames = new Map(catalog.teams.map((t) => [t.id, t.name]));
  const problems = new Map<string, { errors: number; warnings: number }>();
  for (const d of catalog.diagnostics) {
    const count = problems.get(d.file) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') count.errors++;
    else count.warnings++;
    problems.set(d.file, count);
  }
  const exportSystem = (system: CatalogSystem): ExportedSystem => ({
    id: system.id,
    file: catalog.dir !== undefined ? repoPath(catalog.dir, system.file, catalog.cwd) : system.file,
    data: system.data,
    headings: system.headings.map((h) => ({ depth: h.depth, text: h.text })),
    dependencies: system.dependencies.map((d) => ({
      id: d.id, strength: d.strength, protocol: d.protocol ?? null, usage: d.usage ?? null, known: catalog.byId.has(d.id),
    })),
    dependents: (catalog.graph.in.get(system.id) ?? []).map((e) => ({ id: e.from, strength: e.strength })),
    ownerName: teamNames.get(system.data.owner) ?? null,
    readiness: exportReadiness(catalog.readiness.get(system.id)),
    problems: problems.get(system.file) ?? { errors: 0, warnings: 0 },
  });
  const systems = [...catalog.systems].sort((a, b) => (a.id < b.id ? -1 : 1));
  const owned = new Map<string, string[]>();
  for (const s of systems) {
    if (!owned.has(s.data.owner)) owned.set(s.data.owner, []);
    owned.get(s.data.owner)!.push(s.id);
  }
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    date: catalog.today,
    title: catalog.config.site.title,
    levels: catalog.config.readiness.levels.map((l) => ({ id: l.id, name: l.name, description: l.description ?? null })),
    criteria: catalog.config.readiness.criteria.map((c) => ({ id: c.id, level: c.level, category: c.category, title: c.title })),
    teams: catalog.teams.map((t) => ({
      id: t.id, name: t.name, chat: t.chat ?? null, email: t.email ?? null,
      systems: owned.get(t.id) ?? [],
    })),
    systems: systems.map(exportSystem),
    edges: catalog.graph.edges.map((e) => ({ from: e.from, to: e.to, strength: e.strength, protocol: e.protocol ?? null, usage: e.usage ?? null })),
    readiness: summarizeReadiness(catalog),
  };
}

function exportReadiness(result: SystemReadiness | undefined): ExportedReadiness | null {
  if (!result) return null;
  return {
    level: result.level,
    next: result.next,
    required: result.required,
    meetsRequired: result.meetsRequired,
    criteria: Object.fromEntries(result.criteria.map((c) => [c.id, c.status])),
    details: Object.fromEntries(result.criteria.filter((c) => c.detail !== undefined).map((c) => [c.id, c.detail!])),
    toNext: result.toNext.map((c) => c.id),
    toRequired: result.toRequired.map((c) => c.id),
  };
}
