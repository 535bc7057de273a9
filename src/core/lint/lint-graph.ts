import type { Finding } from '../diagnostic.ts';
import type { GraphLintInput } from './graph-lint-input.ts';
import { lintBusFactor } from './lint-bus-factor.ts';
import { lintCriticalDependsOnImmature } from './lint-critical-depends-on-immature.ts';
import { lintDeprecatedHasDependents } from './lint-deprecated-has-dependents.ts';
import { lintFailureModesUnexercised } from './lint-failure-modes-unexercised.ts';
import { lintOrphanProduction } from './lint-orphan-production.ts';

/** The lints that look at how systems relate (and at risk a single doc cannot show): run by `check` after the per-file rules. */
export function lintGraph(input: GraphLintInput): Finding[] {
  return [
    ...lintCriticalDependsOnImmature(input),
    ...lintDeprecatedHasDependents(input),
    ...lintOrphanProduction(input),
    ...lintBusFactor(input),
    ...lintFailureModesUnexercised(input),
  ];
}
