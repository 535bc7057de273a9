import type { CatalogSystem } from '../model.ts';
import type { Graph } from '../graph/build-graph.ts';
import type { ResolvedConfig } from '../config/resolve-config.ts';

/** What every graph lint looks at: the valid systems, their graph, the config and today's date. */
export interface GraphLintInput {
  systems: readonly CatalogSystem[];
  byId: ReadonlyMap<string, CatalogSystem>;
  graph: Graph;
  config: ResolvedConfig;
  /** YYYY-MM-DD. */
  today: string;
}

/** Systems that still run: a retired system neither breaks nor counts as a user. */
export function isRunning(system: CatalogSystem): boolean {
  return system.data.lifecycle !== 'retired';
}
