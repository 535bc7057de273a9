import type { LocateOptions } from '../locate-catalog.ts';
import { readCatalogFiles } from '../read-catalog-files.ts';
import { loadCatalogIndex, type CatalogIndex, type CatalogIndexCache } from './load-catalog-index.ts';

/**
 * Reads the catalog the way `check` does and indexes it (from the cache when every byte is unchanged); the analysis
 * code is imported only when it has to run.
 */
export async function openCatalogIndex(options: LocateOptions & { cache?: CatalogIndexCache | undefined; today?: string }): Promise<CatalogIndex & { dir: string }> {
  const { dir, configFile: _configFile, ...input } = readCatalogFiles(options);
  const index = await loadCatalogIndex(input, {
    cache: options.cache,
    analyze: async (files) => (await import('../load-catalog.ts')).analyzeCatalogFiles(files, true),
  });
  return { ...index, dir };
}
