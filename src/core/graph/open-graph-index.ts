import { loadGraphIndex, type GraphIndex, type GraphIndexCache } from './load-graph-index.ts';
import { locateCatalog, type LocateOptions } from '../locate-catalog.ts';

/** Finds the systems folder (from `--dir`, or the config's `systems`) and loads its graph index. */
export async function openGraphIndex(options: LocateOptions & { cache?: GraphIndexCache | undefined }): Promise<GraphIndex> {
  const { dir } = locateCatalog(options);
  return loadGraphIndex({ dir, cwd: options.cwd, cache: options.cache });
}
