import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from './diagnostic.ts';
import { CatalogError } from './catalog-error.ts';
import { analyzeCatalog, applySeverity, type Catalog, type SourceFile } from './analyze-catalog.ts';
import { displayPath } from './display-path.ts';
import { locateCatalog } from './locate-catalog.ts';
import { createParallelHeadings } from './source/create-parallel-headings.ts';

/** Where to find a catalog on disk. */
export interface LoadOptions {
  /** Folder of system docs; default: the config's `systems`, relative to the config file. */
  dir?: string;
  /** Config file; default `fieldguide.config.yaml` in `cwd` (optional there; a named one must exist). */
  configFile?: string;
  /** Folder that relative paths and diagnostics' paths start from; default: the process's working directory. */
  cwd?: string;
  /** Today's date, YYYY-MM-DD; default: the current UTC date. */
  today?: string;
  /**
   * Share the work with a worker thread on large catalogs (the CLI does; a bundler may not resolve the worker file).
   */
  parallel?: boolean;
}

export { CatalogError };

/** The name of the teams file inside the systems folder. */
export const TEAMS_FILE = 'teams.yaml';

/** Reads a catalog from disk and analyzes it: the one loading path for `check`, the other commands and the site. */
export async function loadCatalog(options: LoadOptions = {}): Promise<Catalog & { dir: string }> {
  const cwd = options.cwd ?? process.cwd();
  const { dir, config, configFindings } = locateCatalog({
    cwd,
    ...(options.dir !== undefined ? { dir: options.dir } : {}),
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
  });

  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    // Symbolic links count too: a link that leads nowhere is reported as a read-error, not skipped in silence.
    names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.md')).map((e) => e.name).sort();
  } catch (error) {
    throw new CatalogError(`Cannot read the systems folder \`${displayPath(cwd, dir)}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }

  // Synchronous reads: for thousands of small files they are several times faster than as many promises.
  const readErrors: Finding[] = [];
  const docs: SourceFile[] = [];
  for (const name of names) {
    const file = displayPath(cwd, join(dir, name));
    try {
      docs.push({ file, bytes: readFileSync(join(dir, name)) });
    } catch (error) {
      readErrors.push({ file, line: 1, column: 1, rule: 'read-error', message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).` });
    }
  }

  const teamsPath = join(dir, TEAMS_FILE);
  const teamsBytes = readOptional(teamsPath);
  const parallel = options.parallel ? createParallelHeadings(docs.map((d) => d.bytes)) : undefined;
  const catalog = analyzeCatalog({
    ...(parallel ? { headings: parallel.read } : {}),
    docs,
    teamsFile: displayPath(cwd, teamsPath),
    ...(teamsBytes ? { teamsBytes } : {}),
    config,
    configFindings,
    today: options.today ?? new Date().toISOString().slice(0, 10),
  });
  await parallel?.close();
  if (readErrors.length > 0) catalog.diagnostics = [...catalog.diagnostics, ...applySeverity(readErrors, config)];
  return { ...catalog, dir };
}

/** A file's bytes, or `undefined` when it does not exist. */
function readOptional(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CatalogError(`Cannot read \`${path}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}
