import { join, relative, resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { FileResults } from '../core/analyze-catalog.ts';
import { readCatalogSnapshot, type LoadedCatalog } from '../core/catalog-snapshot.ts';
import { countDiagnostics } from '../core/diagnostic.ts';
import { loadCatalog, type LoadOptions } from '../core/load-catalog.ts';
import { formatHuman } from '../cli/format/format-human.ts';
import { bodyCacheFile } from './markdown/body-cache-file.ts';
import { openBodyCache, type BodyCache, type CachedBody } from './markdown/body-cache.ts';
import { renderBody } from './markdown/render-body.ts';
import { PAGE_IDS } from './page-ids.ts';
import { loadOptionsFromEnv, SITE_ENV } from './site-env.ts';
import { toSystemRecord } from './system-record.ts';
import { toCatalogMeta } from './catalog-meta.ts';

/**
 * Bump whenever the body renderer's output changes: Astro keeps rendered bodies between builds
 * (node_modules/.astro), and this is how a cached body from an older renderer is recognized.
 */
const RENDER_VERSION = '2';

/** The catalog being loaded, with the options it was loaded for (so a different folder means a fresh load). */
let pending: { key: string; catalog: Promise<LoadedCatalog> } | undefined;
const fillers = new Map<string, () => Promise<void>>();
let watching = false;
/** Each doc's own analysis, kept across reloads (dev) so an edit re-analyzes one doc, for one set of load options and config. */
let memo: { key: string; config: string; fileResults: FileResults } | undefined;
/** A build's snapshot is used once: a reload reads the files again. */
let usedSnapshot: string | undefined;

/**
 * Loads the catalog once for all collections, through the same `loadCatalog` that `check` uses. A catalog with
 * errors is refused with `check`'s own report, so the site can never show what `check` rejects.
 */
function loadSiteCatalog(): Promise<LoadedCatalog> {
  const options = loadOptionsFromEnv(process.env, process.cwd());
  const snapshotFile = process.env[SITE_ENV.snapshot];
  const key = JSON.stringify([options, snapshotFile]);
  if (pending?.key === key) return pending.catalog;
  // `fieldguide build` has just checked this very catalog: its analysis arrives as a snapshot, not loaded twice.
  const fresh = snapshotFile !== undefined && snapshotFile !== usedSnapshot;
  usedSnapshot = snapshotFile;
  const snapshot = fresh ? readCatalogSnapshot(snapshotFile, options.dir === undefined ? undefined : resolve(options.cwd ?? '.', options.dir)) : undefined;
  const catalog = (snapshot ? Promise.resolve(snapshot) : loadRemembering(options, key)).then((catalog) => {
    const { errors } = countDiagnostics(catalog.diagnostics);
    if (errors > 0) {
      const report = formatHuman(catalog.diagnostics.filter((d) => d.severity === 'error'));
      throw new Error(`The catalog has errors, so the site is not built. Fix them (\`npm run check\` shows them too):\n\n${report}`);
    }
    return catalog;
  });
  pending = { key, catalog };
  return catalog;
}

/** `loadCatalog` with the docs' analyses kept from the last load; when the config changed since, loaded afresh. */
async function loadRemembering(options: LoadOptions, key: string): Promise<LoadedCatalog> {
  if (memo?.key !== key) memo = undefined;
  const fileResults: FileResults = memo?.fileResults ?? new Map();
  const catalog = await loadCatalog({ ...options, fileResults });
  const config = JSON.stringify(catalog.config);
  if (memo !== undefined && memo.config !== config) {
    memo = undefined;
    return loadRemembering(options, key);
  }
  memo = { key, config, fileResults };
  return catalog;
}

/**
 * Registers a collection's fill function and, in dev, one watcher on the systems folder that reloads the catalog
 * and refills every collection when a doc or the teams file changes. A catalog that gains errors while the dev
 * server runs keeps its last good content; the errors are logged.
 */
function loader(collection: string, fill: (context: LoaderContext, catalog: LoadedCatalog) => Promise<void>): Loader {
  return {
    name: `fieldguide-${collection}`,
    load: async (context) => {
      const run = async () => fill(context, await loadSiteCatalog());
      fillers.set(collection, run);
      await run();
      const { watcher } = context;
      if (!watcher || watching) return;
      watching = true;
      const dir = (await loadSiteCatalog()).dir;
      watcher.add(dir);
      watcher.on('all', (_event, path) => {
        const rel = relative(dir, resolve(path));
        if (rel.startsWith('..') || rel.includes(sep) || !/\.(md|ya?ml)$/.test(rel)) return;
        pending = undefined;
        void (async () => {
          for (const [name, refill] of fillers) {
            try {
              await refill();
            } catch (error) {
              context.logger.error(`Kept the last good \`${name}\`: ${(error as Error).message}`);
              return;
            }
          }
          context.logger.info(`Reloaded the catalog after a change to ${rel}.`);
        })();
      });
    },
  };
}

/** The rendered bodies kept between runs (FIELDGUIDE_CACHE_DIR, set by `fieldguide build` and `dev`), opened once per process. */
let bodyCache: { dir: string | undefined; cache: BodyCache } | undefined;
function bodies(): BodyCache {
  const dir = process.env[SITE_ENV.cache] || undefined;
  if (bodyCache === undefined || bodyCache.dir !== dir) bodyCache = { dir, cache: openBodyCache(dir === undefined ? undefined : bodyCacheFile(dir, process.cwd())) };
  return bodyCache.cache;
}

/** The `systems` collection: one entry per system, its record as data and its body rendered to HTML. */
export function systemsLoader(): Loader {
  return loader('systems', async ({ store, generateDigest }, catalog) => {
    const cache = bodies();
    const keep = new Set<string>();
    for (const system of catalog.systems) {
      keep.add(system.id);
      const data = toSystemRecord(system, catalog);
      // Rendering is the costly part, so a body is rendered again only when it (or the renderer) changed;
      // the record (review ages, dependents…) is cheap and simply replaced.
      const bodyKey = generateDigest({ v: RENDER_VERSION, body: system.body });
      const digest = generateDigest({ bodyKey, data: JSON.stringify(data) });
      const previous = store.get(system.id);
      let rendered = previous?.rendered?.metadata?.bodyKey === bodyKey ? previous.rendered : undefined;
      const body = rendered
        ? { html: rendered.html, headings: rendered.metadata!.headings as CachedBody['headings'], clientDiagrams: rendered.metadata!.clientDiagrams as number }
        : cache.get(bodyKey) ?? await renderBody(system.body, { reservedIds: PAGE_IDS, prefix: 'body' });
      cache.set(bodyKey, body);
      if (previous?.digest === digest) continue;
      rendered ??= { html: body.html, metadata: { headings: body.headings, clientDiagrams: body.clientDiagrams, bodyKey } };
      store.set({
        id: system.id,
        data: data as unknown as Record<string, unknown>,
        digest,
        ...projectPath(resolve(catalog.cwd, system.file)),
        rendered,
      });
    }
    for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    cache.save();
  });
}

/** Astro takes only paths inside the project (the site's root, this process's folder); a catalog elsewhere has none. */
function projectPath(file: string): { filePath?: string } {
  const path = relative(process.cwd(), file);
  return path === '' || path.startsWith('..') || resolve(path) !== file ? {} : { filePath: path.split(sep).join('/') };
}

/** The `teams` collection: every declared team. */
export function teamsLoader(): Loader {
  return loader('teams', async ({ store }, catalog) => {
    store.clear();
    for (const { place: _place, ...team } of catalog.teams) store.set({ id: team.id, data: team as unknown as Record<string, unknown> });
  });
}

/** The `catalog` collection: a single entry, `catalog`, with the settings and dates the pages need. */
export function catalogLoader(): Loader {
  return loader('catalog', async ({ store }, catalog) => {
    store.clear();
    store.set({ id: 'catalog', data: toCatalogMeta(catalog) as unknown as Record<string, unknown> });
  });
}
