import { join } from 'node:path';
import { CatalogError } from './catalog-error.ts';
import { analyzeCatalog, type Catalog, type SourceFile } from './analyze-catalog.ts';
import { displayPath } from './display-path.ts';
import { listSystemsFolder, TEAMS_FILE } from './list-systems-folder.ts';
import { locateCatalog } from './locate-catalog.ts';
import { readSourceFile } from './source/read-source-file.ts';
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

export { CatalogError, TEAMS_FILE };

/** Reads a catalog from disk and analyzes it: the one loading path for `check`, the other commands and the site. */
export async function loadCatalog(options: LoadOptions = {}): Promise<Catalog & { dir: string }> {
  const cwd = options.cwd ?? process.cwd();
  const { dir, config, configFindings } = locateCatalog({
    cwd,
    ...(options.dir !== undefined ? { dir: options.dir } : {}),
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
  });
  const listing = listSystemsFolder(dir, cwd);

  // Synchronous reads: for thousands of small files they are several times faster than as many promises.
  const docs: SourceFile[] = listing.docs.map((name) => {
    const file = displayPath(cwd, join(dir, name));
    const read = readSourceFile(join(dir, name), file);
    if ('bytes' in read) return { file, bytes: read.bytes };
    // A doc that vanished since the folder was listed is reported like any other that cannot be read.
    return { file, unreadable: 'finding' in read ? read.finding : { file, line: 1, column: 1, rule: 'read-error', message: 'The file could not be read (ENOENT).' } };
  });

  const teamsPath = join(dir, TEAMS_FILE);
  const teamsFile = displayPath(cwd, teamsPath);
  const teams = readSourceFile(teamsPath, teamsFile);
  const parallel = options.parallel ? createParallelHeadings(docs.map((d) => ('bytes' in d ? d.bytes : new Uint8Array()))) : undefined;
  const catalog = analyzeCatalog({
    ...(parallel ? { headings: parallel.read } : {}),
    docs,
    teamsFile,
    ...('bytes' in teams ? { teamsBytes: teams.bytes } : {}),
    ...('finding' in teams ? { teamsUnreadable: teams.finding } : {}),
    skipped: listing.skipped.map((name) => `${displayPath(cwd, join(dir, name))}${name.endsWith('/') ? '/' : ''}`),
    config,
    configFindings,
    today: options.today ?? new Date().toISOString().slice(0, 10),
  });
  await parallel?.close();
  return { ...catalog, dir };
}
