import type { Catalog } from '../core/analyze-catalog.ts';
import type { ResolvedConfig } from '../core/config/resolve-config.ts';
import { buildNewDocUrl } from '../core/build-new-doc-url.ts';
import { countDiagnostics } from '../core/diagnostic.ts';
import { displayPath, findRepoRoot } from '../core/display-path.ts';
import { summarizeReadiness, type ReadinessSummary } from '../core/readiness/summarize-readiness.ts';
import { toAcceptedExceptions, type AcceptedException } from './accepted-exceptions.ts';
import { toGlossaryRecords, type GlossaryRecord } from './glossary-record.ts';

/** Catalog-wide facts the pages need besides systems and teams. */
export interface CatalogMeta {
  site: ResolvedConfig['site'];
  gates: ResolvedConfig['gates'];
  /** Readiness levels, lowest first. */
  levels: { id: string; name: string; description?: string }[];
  reviewMaxAgeDays: number;
  failureModeMaxAgeDays: number;
  /** How the failure-modes page picks the next game day. */
  gameDay: ResolvedConfig['gameDay'];
  /** The date the catalog was checked against, YYYY-MM-DD. */
  today: string;
  warnings: number;
  /** Readiness across the catalog: systems per level by team, criterion outcomes by ility category. */
  readiness: ReadinessSummary;
  /** Findings a `fieldguide-disable-next-line` comment accepted, with their reasons: exceptions, not passes. */
  accepted: AcceptedException[];
  /** The config's team fields (`x-` keys), for their titles on system pages. */
  extensions: ResolvedConfig['extensions'];
  /** Where to start a new doc in the repository's web editor, when the forge has such a page. */
  newDocUrl?: string;
  /** The whole-catalog map's settings. */
  map: ResolvedConfig['map'];
  /** The glossary's terms, alphabetical, with the systems using each (empty without a glossary file). */
  glossary?: GlossaryRecord[];
}

/** Picks the catalog-wide facts out of an analyzed catalog. */
export function toCatalogMeta(catalog: Catalog & { dir?: string }): CatalogMeta {
  return {
    site: catalog.config.site,
    gates: catalog.config.gates,
    levels: catalog.config.readiness.levels.map((l) => ({ id: l.id, name: l.name, ...(l.description ? { description: l.description } : {}) })),
    reviewMaxAgeDays: catalog.config.check.reviewMaxAgeDays,
    failureModeMaxAgeDays: catalog.config.check.failureModeMaxAgeDays,
    gameDay: catalog.config.gameDay,
    today: catalog.today,
    warnings: countDiagnostics(catalog.diagnostics).warnings,
    readiness: summarizeReadiness(catalog),
    accepted: toAcceptedExceptions(catalog),
    extensions: catalog.config.extensions,
    map: catalog.config.map,
    glossary: toGlossaryRecords(catalog),
    ...withNewDocUrl(catalog),
  };
}

function withNewDocUrl(catalog: Catalog & { dir?: string }): { newDocUrl?: string } {
  if (catalog.dir === undefined) return {};
  const url = buildNewDocUrl(catalog.config.site, displayPath(findRepoRoot(catalog.dir), catalog.dir));
  return url ? { newDocUrl: url } : {};
}
