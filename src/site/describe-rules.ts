import type { Severity } from '../core/diagnostic.ts';
import { RULE_LIST, type RuleId } from '../core/rules.ts';
import { RULE_CATEGORIES, type RuleCategory } from '../core/rules/define-rule.ts';

/** One group of the schema page's rule list. */
export interface RuleGroup {
  category: RuleCategory;
  title: string;
  rules: { id: RuleId; severity: Severity; description: string }[];
}

/** The rules for the site's schema page, by category, from their declarations (the same ones `fieldguide rules` lists). */
export function describeRules(): RuleGroup[] {
  return (Object.keys(RULE_CATEGORIES) as RuleCategory[]).flatMap((category) => {
    const rules = RULE_LIST.filter((r) => r.category === category).map(({ id, severity, description }) => ({ id, severity, description }));
    return rules.length === 0 ? [] : [{ category, title: RULE_CATEGORIES[category], rules }];
  });
}
