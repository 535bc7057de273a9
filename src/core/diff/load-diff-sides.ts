import { join } from 'node:path';
import type { Catalog, CatalogInput, FileResults, SourceFile } from '../analyze-catalog.ts';
import { readConfig, type ResolvedConfig } from '../config/resolve-config.ts';
import { displayPath } from '../display-path.ts';
import type { CatalogSystem } from '../model.ts';
import type { LocateOptions } from '../locate-catalog.ts';
import { readCatalogFiles } from '../read-catalog-files.ts';
import { indexOfCatalog, loadCatalogIndex, type CatalogIndex, type CatalogIndexCache } from '../graph/load-catalog-index.ts';
import type { SystemReadiness } from '../readiness/compute-readiness.ts';
import type { DiffSide } from './diff-catalogs.ts';
import { readGitSnapshot } from './read-git-snapshot.ts';
import { listedDocFilter } from '../list-systems-folder.ts';

/** What to compare: the work tree's catalog (found as every command finds it) against a git ref. */
export interface DiffSidesOptions extends LocateOptions {
  ref: string;
  /** YYYY-MM-DD, for review ages and readiness on both sides. */
  today: string;
  cache?: CatalogIndexCache | undefined;
  /**
   * The work tree's catalog as the caller just analyzed it (`check --changed-since`), with the per-file analyses
   * it made (`loadCatalog`'s `fileResults`): the work tree is not analyzed again, and the base's unchanged docs
   * reuse those analyses when both sides have the same config.
   */
  analyzed?: { head: Catalog; fileResults: FileResults };
}

/** One side of a diff, with how many of its files have errors. */
export type LoadedDiffSide = DiffSide & Pick<CatalogIndex, 'diagnostics' | 'docsWithErrors'>;

/** Both sides of a diff, the commit the ref resolved to, and the work tree's config. */
export interface DiffSides {
  base: LoadedDiffSide;
  head: LoadedDiffSide;
  commit: string;
  config: ResolvedConfig;
}

/**
 * Loads both sides of `fieldguide diff` through the loader `check` uses: the work tree's files as `check` reads them,
 * the base's as git stores them (named as the work tree's, so a file reads the same on both sides), each analyzed in
 * full by `analyzeCatalog`, from the cache when unchanged. Docs whose bytes differ (or that exist on one side only) are
 * kept in full as `details` for the comparison; when the config differs, every doc is, since readiness may have moved.
 */
export async function loadDiffSides(options: DiffSidesOptions): Promise<DiffSides> {
  const { dir, configFile, ...headInput } = readCatalogFiles(options);
  const snapshot = await readGitSnapshot({ cwd: options.cwd, ref: options.ref, dir, teamsFile: join(dir, 'teams.yaml'), configFile });
  const configShown = displayPath(options.cwd, configFile);
  const baseConfig = readConfig(configShown, snapshot.configBytes);
  const fileOf = (name: string) => displayPath(options.cwd, join(dir, name));
  const listed = listedDocFilter(baseConfig.config.check.ignore);
  const baseInput: CatalogInput = {
    // The base's docs by the folder listing's rules, with the base's own `check.ignore` (`listed`).
    docs: snapshot.docs.filter((doc) => listed(doc.rel)).map((doc) => ({ file: fileOf(doc.rel), bytes: doc.bytes })),
    teamsFile: headInput.teamsFile,
    ...(snapshot.teamsBytes ? { teamsBytes: snapshot.teamsBytes } : {}),
    config: baseConfig.config,
    configFindings: baseConfig.findings,
    today: options.today,
  };
  const head = { ...headInput, today: options.today };

  // With one config, a doc with the same bytes on both sides has the same analysis of its own: it is done once.
  const sameConfig = JSON.stringify(head.config) === JSON.stringify(baseInput.config);
  const fileResults: FileResults | undefined = sameConfig ? options.analyzed?.fileResults ?? new Map() : undefined;
  const analyze = async (input: CatalogInput) => (await import('../load-catalog.ts')).analyzeCatalogFiles({ ...input, ...(fileResults ? { fileResults } : {}) }, true);
  const headIndex = options.analyzed ? indexOfCatalog(options.analyzed.head) : await loadCatalogIndex(head, { cache: options.cache, analyze });
  const baseIndex = await loadCatalogIndex(baseInput, { cache: options.cache, analyze });

  const headDocs = new Map(head.docs.map((d) => [nameOf(d.file), d]));
  const baseDocs = new Map(baseInput.docs.map((d) => [nameOf(d.file), d]));
  const changed = new Set([...headDocs.keys(), ...baseDocs.keys()].filter((name) => !sameConfig || !sameDoc(headDocs.get(name), baseDocs.get(name))));
  return {
    head: { ...await details(head, changed, headIndex), diagnostics: headIndex.diagnostics, docsWithErrors: headIndex.docsWithErrors },
    base: { ...await details(baseInput, changed, baseIndex), diagnostics: baseIndex.diagnostics, docsWithErrors: baseIndex.docsWithErrors },
    commit: snapshot.commit,
    config: head.config,
  };
}

/** The side's systems and graph, plus the changed docs' systems and readiness, by the same analysis run on just those docs. */
async function details(input: CatalogInput, changed: ReadonlySet<string>, index: CatalogIndex): Promise<DiffSide> {
  const docs = input.docs.filter((d) => changed.has(nameOf(d.file)));
  const byId = new Map<string, CatalogSystem>();
  const readiness = new Map<string, SystemReadiness>();
  if (docs.length > 0) {
    const catalog = await (await import('../load-catalog.ts')).analyzeCatalogFiles({ ...input, docs }, docs.length > 1000);
    for (const system of catalog.systems) {
      if (!index.byId.has(system.id)) continue;
      byId.set(system.id, system);
      readiness.set(system.id, catalog.readiness.get(system.id)!);
    }
  }
  return { byId: index.byId, graph: index.graph, details: byId, readiness };
}

function nameOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

function sameDoc(a: SourceFile | undefined, b: SourceFile | undefined): boolean {
  if (!a || !b || !('bytes' in a) || !('bytes' in b)) return false;
  return Buffer.compare(a.bytes, b.bytes) === 0;
}
