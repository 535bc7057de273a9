import type { Finding } from '../diagnostic.ts';
import type { CatalogSystem } from '../model.ts';
import type { ResolvedReadiness } from './resolve-readiness.ts';
import type { SystemReadiness } from './compute-readiness.ts';
import { runStage } from '../rules/run-rules.ts';

/** What the readiness rules look at: the systems, the readiness computed for each, and the levels. */
export interface ReadinessInput {
  systems: readonly CatalogSystem[];
  results: ReadonlyMap<string, SystemReadiness>;
  readiness: ResolvedReadiness;
}

/** Runs the rules of the readiness stage (`below-readiness-level`, see `rules/`). */
export function checkReadiness(
  systems: readonly CatalogSystem[],
  results: ReadonlyMap<string, SystemReadiness>,
  readiness: ResolvedReadiness,
): Finding[] {
  return runStage('readiness', { systems, results, readiness });
}
