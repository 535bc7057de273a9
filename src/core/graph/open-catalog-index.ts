import type { LocateOptions } from '../locate-catalog.ts';
import { listCatalogFiles, readCatalogDoc, readCatalogFiles } from '../read-catalog-files.ts';
import { digestCatalogDocs } from './digest-catalog-docs.ts';
import { catalogIndexKey, findCatalogIndex, loadCatalogIndex, type CatalogIndex, type CatalogIndexCache } from './load-catalog-index.ts';
import { readDocRecords, writeDocRecords } from './read-doc-records.ts';

/**
 * Reads the catalog the way `check` does and indexes it; the analysis code is imported only when it has to run.
 * With a cache, docs whose file stats are as recorded are not read (`digestCatalogDocs`): the catalog's key comes from
 * their recorded digests, and only when no analysis is stored under it are all docs read and analyzed.
 * `now` (ms, as `Date.now()`) is the moment files are judged settled against; tests set it. `docsRead` says how many
 * docs' bytes were read.
 */
export async function openCatalogIndex(
  options: LocateOptions & { cache?: CatalogIndexCache | undefined; today?: string; now?: number },
): Promise<CatalogIndex & { dir: string; docsRead: number }> {
  const analyze = async (files: Parameters<typeof loadCatalogIndex>[0]) => (await import('../load-catalog.ts')).analyzeCatalogFiles(files, true);
  const { cache } = options;
  if (!cache) {
    const { dir, configFile: _configFile, ...input } = readCatalogFiles(options);
    return { ...await loadCatalogIndex(input, { analyze }), dir, docsRead: input.docs.length };
  }

  const now = options.now ?? Date.now();
  const { dir, configFile: _configFile, docPaths, ...rest } = listCatalogFiles(options);
  const docs = digestCatalogDocs(docPaths, readDocRecords(cache, dir), now);
  if (docs.changed) writeDocRecords(cache, dir, docs.records);
  const stored = findCatalogIndex(cache, catalogIndexKey(rest, docs.digests, cache.key));
  if (stored) return { ...stored, dir, docsRead: docs.read.size };
  // A miss: analyze every doc's bytes, those read above and the rest, and store the result under their key.
  const input = { ...rest, docs: docPaths.map((doc) => docs.read.get(doc.path) ?? readCatalogDoc(doc)) };
  return { ...await loadCatalogIndex(input, { cache, analyze }), dir, docsRead: docPaths.length };
}
