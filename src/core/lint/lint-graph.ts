import type { Finding } from '../diagnostic.ts';
import type { GraphLintInput } from './graph-lint-input.ts';
import { runStage } from '../rules/run-rules.ts';

/**
 * The lints that look at how systems relate (and at risk a single doc cannot show): the rules of the `graph`
 * stage (each declared in `rules/`, its logic in `lint/lint-<id>.ts`), run by `check` after the per-file rules.
 */
export function lintGraph(input: GraphLintInput): Finding[] {
  return runStage('graph', input);
}
