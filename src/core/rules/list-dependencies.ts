import type { CatalogSystem, Dependency } from '../model.ts';

/** A system's `depends_on` entries, split: each other system at its first listing, and the repeats with that first. */
export function listDependencies(system: CatalogSystem): { first: Dependency[]; repeats: { dep: Dependency; earlier: Dependency }[] } {
  const seen = new Map<string, Dependency>();
  const repeats: { dep: Dependency; earlier: Dependency }[] = [];
  for (const dep of system.dependencies) {
    if (dep.id === system.id) continue;
    const earlier = seen.get(dep.id);
    if (earlier) repeats.push({ dep, earlier });
    else seen.set(dep.id, dep);
  }
  return { first: [...seen.values()], repeats };
}
