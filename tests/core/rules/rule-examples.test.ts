import { describe, expect, it } from 'vitest';
import { RULE_LIST } from '../../../src/core/rules.ts';
import { RULE_CATEGORIES } from '../../../src/core/rules/define-rule.ts';
import { runExample } from './run-example.ts';

const at = (rule: string, diagnostics: { rule: string; file: string; line: number; column: number }[]) =>
  diagnostics.filter((d) => d.rule === rule).map((d) => `${d.file}:${d.line}:${d.column}`);

// The remark-lint / ESLint RuleTester pattern: each rule's own examples are its tests, run through the real loader.
describe.each(RULE_LIST.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it('is declared completely: a one-sentence description, a known category, failing and passing examples', () => {
    expect(rule.description).toMatch(/^\S.*\.$/);
    expect(rule.description).not.toContain('\n');
    expect(Object.keys(RULE_CATEGORIES)).toContain(rule.category);
    expect(rule.examples.fail.length).toBeGreaterThan(0);
    expect(rule.examples.pass.length).toBeGreaterThan(0);
    for (const example of rule.examples.fail) expect(example.expected.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.fail.map((example) => [example.title, example] as const))('reports: %s', async (_title, example) => {
    expect(at(rule.id, await runExample(example))).toEqual(example.expected);
  });

  it.each(rule.examples.pass.map((example) => [example.title, example] as const))('does not report: %s', async (_title, example) => {
    expect(at(rule.id, await runExample(example))).toEqual([]);
  });
});
