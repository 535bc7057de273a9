import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Catalog } from './analyze-catalog.ts';

/** A catalog as `loadCatalog` returns it: the analysis plus where it was read from. */
export type LoadedCatalog = Catalog & { dir: string; cwd: string };

/**
 * Writes an analyzed catalog to `file` (V8's structured-clone format: Maps and shared references survive), so a
 * second process can use the very analysis the first one checked instead of loading the catalog again.
 * `fieldguide build` hands its check's result to the site's content loader this way.
 */
export function writeCatalogSnapshot(catalog: LoadedCatalog, file: string): void {
  writeFileSync(file, serialize(catalog));
}

/**
 * Reads a snapshot written by `writeCatalogSnapshot`, or `undefined` when it is unreadable or was made from
 * another catalog folder than `dir` (then the caller loads the catalog itself).
 */
export function readCatalogSnapshot(file: string, dir: string | undefined): LoadedCatalog | undefined {
  let catalog: LoadedCatalog;
  try {
    catalog = deserialize(readFileSync(file)) as LoadedCatalog;
  } catch {
    return undefined;
  }
  if (dir !== undefined && resolve(dir) !== resolve(catalog.dir)) return undefined;
  return catalog;
}
