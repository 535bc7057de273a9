import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Finding } from './diagnostic.ts';
import { CatalogError } from './catalog-error.ts';
import { analyzeCatalog, applySeverity, type Catalog, type SourceFile } from './analyze-catalog.ts';
import { CONFIG_FILE, readConfig } from './config/resolve-config.ts';
import { createParallelHeadings } from './source/create-parallel-headings.ts';

/** Where to find a catalog on disk. */
export interface LoadOptions {
  /** Folder of system docs; default: the config's `systems`, relative to `root`. */
  dir?: string;
  /** Project root holding `fieldguide.config.yaml`; default: `cwd`. */
  root?: string;
  /** Config file path; default `<root>/fieldguide.config.yaml` (optional file). */
  configFile?: string;
  /** Folder that diagnostics' paths are relative to; default: the process's working directory. */
  cwd?: string;
  /** Today's date, YYYY-MM-DD; default: the current UTC date. */
  today?: string;
  /** Share the work with a worker thread on large catalogs (the CLI does; a bundler may not resolve the worker file). */
  parallel?: boolean;
}

export { CatalogError };

/** The name of the teams file inside the systems folder. */
export const TEAMS_FILE = 'teams.yaml';

/** Reads a catalog from disk and analyzes it: the one loading path for `check`, the other commands and the site. */
export async function loadCatalog(options: LoadOptions = {}): Promise<Catalog & { dir: string }> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root ?? '.');
  const configPath = resolve(root, options.configFile ?? CONFIG_FILE);
  const configBytes = await readOptional(configPath, options.configFile !== undefined);
  const { config, findings: configFindings } = readConfig(display(cwd, configPath), configBytes);
  const dir = resolve(options.dir !== undefined ? resolve(cwd, options.dir) : resolve(root, config.systems));

  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    // Symbolic links count too: a link that leads nowhere is reported as a read-error, not skipped in silence.
    names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.md')).map((e) => e.name).sort();
  } catch (error) {
    throw new CatalogError(`Cannot read the systems folder \`${display(cwd, dir)}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }

  // Synchronous reads: for thousands of small files they are several times faster than as many promises.
  const readErrors: Finding[] = [];
  const docs: SourceFile[] = [];
  for (const name of names) {
    const file = display(cwd, join(dir, name));
    try {
      docs.push({ file, bytes: readFileSync(join(dir, name)) });
    } catch (error) {
      readErrors.push({ file, line: 1, column: 1, rule: 'read-error', message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).` });
    }
  }

  const teamsPath = join(dir, TEAMS_FILE);
  const teamsBytes = await readOptional(teamsPath, false);
  const parallel = options.parallel ? createParallelHeadings(docs.map((d) => d.bytes)) : undefined;
  const catalog = analyzeCatalog({
    ...(parallel ? { headings: parallel.read } : {}),
    docs,
    teamsFile: display(cwd, teamsPath),
    ...(teamsBytes ? { teamsBytes } : {}),
    config,
    configFindings,
    today: options.today ?? new Date().toISOString().slice(0, 10),
  });
  await parallel?.close();
  if (readErrors.length > 0) catalog.diagnostics = [...catalog.diagnostics, ...applySeverity(readErrors, config)];
  return { ...catalog, dir };
}

async function readOptional(path: string, required: boolean): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return undefined;
    throw new CatalogError(`Cannot read \`${path}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}

/** A path as users see it in diagnostics: relative to `cwd` when inside it, with `/` separators. */
function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}
