import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, RULE_LIST } from '../src/core/rules.ts';
import { renderRuleTable } from '../src/core/rules/render-rule-table.ts';
import { DEFAULT_GATES } from '../src/core/config/default-gates.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every rule id', () => {
    expect(Object.keys(RULES).filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });

  it('holds the rule table generated from the rule modules (ids, default severities, categories, descriptions)', () => {
    const section = readme.slice(readme.indexOf('### Rules'), readme.indexOf('### In CI'));
    const table = section.slice(section.indexOf('| rule |'));
    // On a difference, paste the output of `npx fieldguide rules --format markdown` into the README's `### Rules`.
    expect(table.trimEnd()).toBe(renderRuleTable(RULE_LIST).trimEnd());
  });

  it('lists every default gate field and section', () => {
    const missing = Object.values(DEFAULT_GATES).flatMap((gate) => [...(gate.fields ?? []), ...(gate.sections ?? [])]).filter((name) => !readme.includes(name));
    expect(missing).toEqual([]);
  });

  it('gives the two fresh-clone commands', () => {
    expect(readme).toContain('npm install && npm run build');
    expect(readme).toContain('npm test');
  });

  it('names, for each promise of "What fieldguide never does", tests that exist', () => {
    const section = readme.slice(readme.indexOf('## What fieldguide never does'), readme.indexOf('## Configuration'));
    const named = [...section.matchAll(/`(tests\/[^`]+)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((path) => !existsSync(new URL(`../${path}`, import.meta.url)))).toEqual([]);
  });
});
