import type { RuleDefinition } from './define-rule.ts';
import { RULE_CATEGORIES } from './define-rule.ts';

/**
 * The Markdown table of every rule (id, default severity, category, description), as the README's `### Rules`
 * section holds it and `fieldguide rules --format markdown` prints it: both come from the rule modules.
 */
export function renderRuleTable(rules: readonly RuleDefinition[]): string {
  const rows = rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${RULE_CATEGORIES[r.category].toLowerCase()} | ${r.description.replaceAll('|', '\\|')} |`);
  return ['| rule | default | category | what it catches |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}
