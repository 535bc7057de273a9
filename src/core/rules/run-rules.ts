import type { Finding } from '../diagnostic.ts';
import { RULE_LIST, type RuleId } from '../rules.ts';
import type { RuleCategory, RuleCheck } from './define-rule.ts';

type Stage = Exclude<RuleCheck['stage'], 'load'>;
type Args<S extends Stage> = Parameters<Extract<RuleCheck, { stage: S }>['run']>;

/**
 * Runs every rule of one stage (optionally of one category) and gives each finding its rule's id; severity and
 * configuration are applied later, around the rules (`applySeverity`).
 */
export function runStage<S extends Stage>(stage: S, ...args: [...Args<S>, category?: RuleCategory]): Finding[] {
  const last = args[args.length - 1];
  const category = typeof last === 'string' ? (last as RuleCategory) : undefined;
  const input = (category === undefined ? args : args.slice(0, -1)) as unknown[];
  const findings: Finding[] = [];
  for (const rule of RULE_LIST) {
    if (rule.check.stage !== stage || (category !== undefined && rule.category !== category)) continue;
    const run = rule.check.run as (...input: unknown[]) => Omit<Finding, 'rule'>[];
    for (const finding of run(...input)) findings.push({ ...finding, rule: rule.id as RuleId });
  }
  return findings;
}
