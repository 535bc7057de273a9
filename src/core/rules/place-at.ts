import type { Place } from '../diagnostic.ts';
import type { CatalogSystem } from '../model.ts';

/**
 * Where a front-matter path is written in a system's doc (the deepest part of it that exists; its key with
 * `key: true`), or the `lifecycle:` line where positions are not known (the site's "as if in production" check).
 */
export function placeAt(system: CatalogSystem, path: readonly (string | number)[], key = false): Place {
  return system.places.at?.(path, key) ?? system.places.lifecycle;
}
