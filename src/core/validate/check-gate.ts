import type { Finding } from '../diagnostic.ts';
import type { CatalogSystem } from '../model.ts';
import type { SystemRuleContext } from '../rules/define-rule.ts';
import { runStage } from '../rules/run-rules.ts';

export { daysBetween } from '../days-between.ts';
export { normalizeHeading } from '../normalize-heading.ts';

/** What the gate check needs beyond the system itself: the gate, today's date, the review age. */
export type GateContext = SystemRuleContext;

/**
 * Checks a system against its lifecycle's gate: the rules of category `lifecycle` (required fields, sections,
 * experts, ilities, failure modes, replacement, review age), one module each in `rules/`.
 */
export function checkGate(system: CatalogSystem, context: GateContext): Finding[] {
  return runStage('system', system, context, 'lifecycle');
}

/** Checks what a system's text says beyond its gate: the rules of category `content` (`future-date`, `template-text`). */
export function checkContent(system: CatalogSystem, context: GateContext): Finding[] {
  return runStage('system', system, context, 'content');
}
