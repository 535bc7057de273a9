import { CatalogError } from './catalog-error.ts';
import { analyzeCatalog, type Catalog, type FileResults } from './analyze-catalog.ts';
import { TEAMS_FILE } from './list-systems-folder.ts';
import { readCatalogFiles } from './read-catalog-files.ts';
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
  /**
   * Each doc's own analysis from earlier loads with the same config and date (`CatalogInput.fileResults`): a doc
   * whose bytes did not change is not analyzed again. The dev server keeps one across reloads.
   */
  fileResults?: FileResults;
}

export { CatalogError, TEAMS_FILE };

/** Reads a catalog from disk and analyzes it: the one loading path for `check`, the other commands and the site. */
export async function loadCatalog(options: LoadOptions = {}): Promise<Catalog & { dir: string; cwd: string }> {
  const cwd = options.cwd ?? process.cwd();
  const { dir, configFile: _configFile, ...input } = readCatalogFiles({
    cwd,
    ...(options.dir !== undefined ? { dir: options.dir } : {}),
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    today: options.today,
  });
  // `cwd` too: docs' paths are relative to it, and published paths are made relative to the repository from them.
  const memo = options.fileResults ? { fileResults: options.fileResults } : {};
  return { ...await analyzeCatalogFiles({ ...input, ...memo }, options.parallel ?? false), dir, cwd };
}

/** Runs `analyzeCatalog` on files already read, with headings read by a worker thread when `parallel` and the catalog is large. */
export async function analyzeCatalogFiles(input: Parameters<typeof analyzeCatalog>[0], parallel: boolean): Promise<Catalog> {
  const worker = parallel ? createParallelHeadings(input.docs.map((d) => ('bytes' in d ? d.bytes : new Uint8Array()))) : undefined;
  try {
    return analyzeCatalog({ ...input, ...(worker ? { headings: worker.read } : {}) });
  } finally {
    await worker?.close();
  }
}
