import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import systemSchema from '../../../schema/system.schema.json' with { type: 'json' };
import { buildGraph, type Graph } from './build-graph.ts';
import { displayPath as display } from '../display-path.ts';
import { listSystemsFolder } from '../list-systems-folder.ts';
import { readSourceFile } from '../source/read-source-file.ts';
import type { IndexedSystem, IndexProblem } from './summarize-system-file.ts';

/** The dependency graph of a systems folder, with just enough of each system to describe it. */
export interface GraphIndex {
  /** The systems folder, absolute. */
  dir: string;
  /** Every doc's file name (`x.md`) in the folder, sorted. */
  names: string[];
  /** Valid systems, sorted by id. */
  systems: IndexedSystem[];
  byId: Map<string, IndexedSystem>;
  graph: Graph;
  /** Docs left out of the graph, by id, with the first problem (run `check` for all of them). */
  problems: Map<string, IndexProblem>;
  /** How many docs were read and analyzed this time, rather than taken from the cache. */
  analyzed: number;
}

/** Where to keep the index between runs, and a key that must match (the tool's version). */
export interface GraphIndexCache {
  file: string;
  key: string;
}

interface CacheEntry {
  stamp: string;
  system?: IndexedSystem;
  problem?: IndexProblem;
}

/** Changes whenever the cache's shape or the validity rules (the schema) change, so an old cache is never trusted. */
const FORMAT = `graph-index-1:${createHash('sha256').update(JSON.stringify(systemSchema)).digest('hex').slice(0, 16)}`;

/**
 * Builds the dependency graph of a systems folder the way `check` does (same per-file analysis, same id rules),
 * fast enough for interactive questions: the body's headings are skipped, files are read synchronously, and with
 * a cache, only docs whose size or timestamps changed since the last run are analyzed again (the analysis code
 * itself is loaded only then, so a run that hits the cache starts fast).
 */
export async function loadGraphIndex(options: { dir: string; cwd: string; cache?: GraphIndexCache | undefined }): Promise<GraphIndex> {
  const { dir, cwd } = options;
  const names = listSystemsFolder(dir, cwd).docs;
  // Paths in problems are shown relative to `cwd`, so a run from elsewhere starts a new cache.
  const key = `${FORMAT}:${options.cache?.key ?? ''}:${dir}:${cwd}`;
  const cached = options.cache ? readCache(options.cache.file, key) : new Map<string, CacheEntry>();
  const entries = new Map<string, CacheEntry>();
  let analyzed = 0;
  let summarize: typeof import('./summarize-system-file.ts').summarizeSystemFile | undefined;
  for (const name of names) {
    const path = join(dir, name);
    let stamp: string;
    try {
      const stat = statSync(path);
      stamp = `${stat.mode}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
    } catch (error) {
      // Not left out in silence: the read below says what is wrong with it.
      stamp = `error:${(error as NodeJS.ErrnoException).code ?? ''}`;
    }
    const hit = cached.get(name);
    if (hit && hit.stamp === stamp) {
      entries.set(name, hit);
      continue;
    }
    analyzed++;
    const file = display(cwd, path);
    const read = readSourceFile(path, file);
    if (!('bytes' in read)) {
      const message = 'finding' in read ? read.finding.message : 'The file could not be read (ENOENT).';
      entries.set(name, { stamp, problem: { file, line: 1, column: 1, message } });
      continue;
    }
    summarize ??= (await import('./summarize-system-file.ts')).summarizeSystemFile;
    entries.set(name, { stamp, ...summarize(file, name.slice(0, -3), read.bytes) });
  }
  if (options.cache && (analyzed > 0 || entries.size !== cached.size)) writeCache(options.cache.file, key, entries);

  const systems: IndexedSystem[] = [];
  const problems = new Map<string, IndexProblem>();
  for (const [name, entry] of entries) {
    const id = name.slice(0, -3);
    // As in `analyzeCatalog`, ids that differ only by case are both kept: the collision is for `check` to report.
    if (entry.system) systems.push(entry.system);
    else if (entry.problem) problems.set(id, entry.problem);
  }
  return { dir, names, systems, byId: new Map(systems.map((s) => [s.id, s])), graph: buildGraph(systems), problems, analyzed };
}

/** The conventional cache place, `node_modules/.cache/fieldguide/graph-index.json`, when the project has a `node_modules`. */
export function graphIndexCache(cwd: string, key: string): GraphIndexCache | undefined {
  const modules = join(cwd, 'node_modules');
  return existsSync(modules) ? { file: join(modules, '.cache', 'fieldguide', 'graph-index.json'), key } : undefined;
}

function readCache(file: string, key: string): Map<string, CacheEntry> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { key?: string; files?: Record<string, CacheEntry> };
    if (data.key === key && data.files) return new Map(Object.entries(data.files));
  } catch {
    // No cache yet, or an unreadable one: start over.
  }
  return new Map();
}

/** Writes through a temporary file and a rename, so a concurrent run never reads half a cache. A cache that cannot be written is skipped. */
function writeCache(file: string, key: string, entries: Map<string, CacheEntry>): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ key, files: Object.fromEntries(entries) }));
    renameSync(temporary, file);
  } catch {
    // Read-only checkouts still answer, just without a cache.
  }
}
