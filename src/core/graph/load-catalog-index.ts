import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheFolder } from '../cache-folder.ts';
import type { Catalog, CatalogInput } from '../analyze-catalog.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { Dependency } from '../model.ts';
import { buildGraph, type Graph } from './build-graph.ts';
import { digestSourceFile, type DocDigest } from './digest-catalog-docs.ts';
import type { SystemSummary } from './system-summary.ts';
import { writeCacheFile } from './write-cache-file.ts';

/** A system as the index keeps it: its summary and its `depends_on`, nothing that needs the body. */
export interface IndexedSystem extends SystemSummary {
  dependencies: Pick<Dependency, 'id' | 'strength' | 'protocol' | 'usage'>[];
  /** As in `CatalogSystem`: the top-level fields the schema rejected, when it did. */
  invalidFields?: string[];
}

/** What `impact`, `graph` and `diff` need of an analyzed catalog: the same systems, graph and problems `check` sees. */
export interface CatalogIndex {
  /** Every system `analyzeCatalog` kept, sorted by id. */
  systems: IndexedSystem[];
  byId: Map<string, IndexedSystem>;
  graph: Graph;
  /** Every problem, as `check` reports it. */
  diagnostics: Diagnostic[];
  /** As in `Catalog`: how many files have at least one error. */
  docsWithErrors: number;
  /** True when the analysis ran this time, false when it came from the cache. */
  analyzed: boolean;
}

/** Where to keep analyzed catalogs between runs, and a key that must match (the tool's version). */
export interface CatalogIndexCache {
  folder: string;
  key: string;
}

/** Changes whenever the shape of a cache entry changes, so an old cache is never trusted. */
const FORMAT = 'catalog-index-2';

/** How many analyzed catalogs the cache keeps: a work tree and a diff's base, with room for a branch switch. */
const KEEP = 4;

/**
 * The index of a catalog whose files are already read: `analyzeCatalog`'s output, the very function `check` runs,
 * reduced to what the graph commands show. With a cache, the output is stored under a key over every input byte
 * (each doc's path and a digest of its bytes, the teams file, the resolved config, the templates, the date), so an
 * unchanged catalog is not analyzed again, and any change, even one the file's timestamps hide, is. `analyze` is
 * loaded only on a miss, so a hit starts fast.
 */
export async function loadCatalogIndex(
  input: CatalogInput,
  options: { cache?: CatalogIndexCache | undefined; analyze: (input: CatalogInput) => Promise<Catalog> },
): Promise<CatalogIndex> {
  const key = options.cache ? catalogIndexKey(input, input.docs.map(digestSourceFile), options.cache.key) : undefined;
  const stored = options.cache && key ? findCatalogIndex(options.cache, key) : undefined;
  if (stored) return stored;
  const entry = toEntry(await options.analyze(input));
  if (options.cache && key) writeEntry(entryFile(options.cache, key), entry);
  return fromEntry(entry, true);
}

/** The index of a catalog analyzed already (by `check`, for `check --changed-since`): no second analysis. */
export function indexOfCatalog(catalog: Catalog): CatalogIndex {
  return fromEntry(toEntry(catalog), true);
}

/** The analyzed catalog stored under `key` (`catalogIndexKey`), if the cache has it. */
export function findCatalogIndex(cache: CatalogIndexCache, key: string): CatalogIndex | undefined {
  const entry = readEntry(entryFile(cache, key));
  return entry ? fromEntry(entry, false) : undefined;
}

/**
 * The cache key of a catalog: a digest of everything the analysis reads, with each doc given by its digest
 * (`digestCatalogDocs`, `digestSourceFile`), so a key can be had without reading unchanged docs. Paths are part of
 * it, since diagnostics show them.
 */
export function catalogIndexKey(input: Omit<CatalogInput, 'docs'>, docs: readonly DocDigest[], key: string): string {
  const hash = createHash('sha256');
  const text = (value: unknown) => hash.update(`${JSON.stringify(value) ?? ''}\0`);
  text([FORMAT, key, input.today, input.config, input.configFindings ?? [], input.teamsFile, input.teamsUnreadable ?? null, input.skipped ?? [], input.templates ?? null]);
  if (input.teamsBytes) hash.update(input.teamsBytes);
  text(input.teamsBytes?.length ?? -1);
  for (const doc of docs) text('digest' in doc ? [doc.file, doc.digest] : [doc.file, doc.unreadable]);
  return hash.digest('hex').slice(0, 32);
}

/** The analyzed catalog's cache, in fieldguide's cache folder (`cacheFolder`), when there is one. */
export function catalogIndexCache(cwd: string, key: string): CatalogIndexCache | undefined {
  const folder = cacheFolder(cwd);
  return folder === undefined ? undefined : { folder, key };
}

type Entry = Pick<CatalogIndex, 'systems' | 'diagnostics' | 'docsWithErrors'>;

function toEntry(catalog: Catalog): Entry {
  const systems = [...catalog.systems].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((system): IndexedSystem => {
    const { data } = system;
    const summary: IndexedSystem['data'] = { name: data.name, owner: data.owner, lifecycle: data.lifecycle };
    if (data.tier !== undefined) summary.tier = data.tier;
    if (data.kind !== undefined) summary.kind = data.kind;
    return {
      id: system.id,
      file: system.file,
      data: summary,
      dependencies: system.dependencies.map((d) => ({ id: d.id, strength: d.strength, ...(d.protocol ? { protocol: d.protocol } : {}), ...(d.usage ? { usage: d.usage } : {}) })),
      ...(system.invalidFields ? { invalidFields: system.invalidFields } : {}),
    };
  });
  return { systems, diagnostics: catalog.diagnostics, docsWithErrors: catalog.docsWithErrors };
}

function fromEntry(entry: Entry, analyzed: boolean): CatalogIndex {
  const { systems } = entry;
  return { systems, byId: new Map(systems.map((s) => [s.id, s])), graph: buildGraph(systems), diagnostics: entry.diagnostics, docsWithErrors: entry.docsWithErrors, analyzed };
}

function entryFile(cache: CatalogIndexCache, key: string): string {
  return join(cache.folder, `catalog-${key}.json`);
}

function readEntry(file: string): Entry | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Entry>;
    if (Array.isArray(data.systems) && Array.isArray(data.diagnostics) && typeof data.docsWithErrors === 'number') return data as Entry;
  } catch {
    // No entry yet, or an unreadable one: analyze.
  }
  return undefined;
}

/** Stores an entry and keeps the newest few. */
function writeEntry(file: string, entry: Entry): void {
  if (!writeCacheFile(file, JSON.stringify(entry))) return;
  try {
    const folder = dirname(file);
    const entries = readdirSync(folder).filter((name) => /^catalog-[0-9a-f]+\.json$/.test(name)).map((name) => join(folder, name));
    const byAge = entries.map((path) => ({ path, time: statSync(path).mtimeMs })).sort((a, b) => b.time - a.time);
    for (const old of byAge.slice(KEEP)) rmSync(old.path, { force: true });
  } catch {
    // Pruning is housekeeping; a failure leaves an extra entry.
  }
}
