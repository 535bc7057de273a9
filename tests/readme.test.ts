import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules.ts';
import { DEFAULT_GATES } from '../src/core/config/default-gates.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every rule id', () => {
    expect(Object.keys(RULES).filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
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
