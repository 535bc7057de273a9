import { describe, expect, it } from 'vitest';
import { RULE_LIST } from '../../src/core/rules.ts';
import { describeRules } from '../../src/site/describe-rules.ts';

describe('describeRules', () => {
  it('groups every rule by category for the schema page, from the declarations', () => {
    const groups = describeRules();
    expect(groups.flatMap((g) => g.rules.map((r) => r.id)).sort()).toEqual(RULE_LIST.map((r) => r.id).sort());
    expect(groups.find((g) => g.category === 'lifecycle')!.rules.find((r) => r.id === 'stale-review')).toEqual({
      id: 'stale-review', severity: 'warning', description: 'The doc was last reviewed longer ago than the configured age.',
    });
    expect(groups.map((g) => g.title)).toContain('Lifecycle gates');
  });
});
