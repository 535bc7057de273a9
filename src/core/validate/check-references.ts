import type { Finding } from '../diagnostic.ts';
import type { CatalogSystem, Team } from '../model.ts';
import type { Graph } from '../graph/build-graph.ts';
import { runStage } from '../rules/run-rules.ts';

/** What the cross-file rules look at. */
export interface ReferenceInput {
  systems: readonly CatalogSystem[];
  /** Every id that has a file, including files that failed the schema (so they are not "missing" too). */
  knownIds: ReadonlySet<string>;
  /** Declared teams, or `undefined` when the teams file is missing or broken (owners are then not checked). */
  teams: readonly Team[] | undefined;
  graph: Graph;
}

/**
 * Rules that need more than one file: references to systems and teams, cycles, and dependencies on retired
 * systems; the rules of the `references` stage, one module each in `rules/`.
 */
export function checkReferences(input: ReferenceInput): Finding[] {
  return runStage('references', input);
}
