import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../../src/core/glossary/read-glossary.ts';

const FILE = 'systems/glossary.yaml';
const read = (text: string, ids: string[] = ['clobberer', 'treestatus']) => readGlossary(FILE, new TextEncoder().encode(text), new Set(ids));

describe('readGlossary', () => {
  it('has no terms and no findings without a file: the glossary is optional', () => {
    expect(readGlossary(FILE, undefined, new Set())).toEqual({ terms: [], findings: [] });
  });

  it('reads terms with their page names, defaults and places', () => {
    expect(read('terms:\n  - term: Tree closure\n    definition: Nobody may push.\n    aliases: [closed tree]\n    systems: [treestatus]\n  - term: tac\n    definition: A slave\'s start-up file.\n')).toEqual({
      terms: [
        { term: 'Tree closure', slug: 'tree-closure', definition: 'Nobody may push.', aliases: ['closed tree'], systems: ['treestatus'], place: { line: 2, column: 11 } },
        { term: 'tac', slug: 'tac', definition: 'A slave\'s start-up file.', aliases: [], systems: [], place: { line: 6, column: 11 } },
      ],
      findings: [],
    });
  });

  it('reports a link to an unknown system at the id, suggesting a near miss, and keeps the term without it', () => {
    const result = read('terms:\n  - term: Clobber\n    definition: Wipe a build directory.\n    systems:\n      - treestatus\n      - clobberrer\n');
    expect(result.findings).toEqual([{
      file: FILE, line: 6, column: 9, rule: 'unknown-glossary-system',
      message: 'The term `Clobber` links to `clobberrer`, which is not a system in the catalog.', hint: 'Did you mean `clobberer`?',
    }]);
    expect(result.terms.map((t) => t.systems)).toEqual([['treestatus']]);
  });

  it('reports a term defined twice, or two terms with one page, at the second with the first as a related place', () => {
    const result = read('terms:\n  - term: Nightly\n    definition: A.\n  - term: nightly\n    definition: B.\n  - term: L10n-repack\n    definition: C.\n  - term: l10n repack\n    definition: D.\n');
    expect(result.findings).toEqual([
      {
        file: FILE, line: 4, column: 11, rule: 'duplicate-term', message: 'The term `nightly` is defined twice.',
        hint: 'Merge the two definitions, or list one spelling under the other\'s `aliases`.',
        related: [{ file: FILE, line: 2, column: 11, message: 'First defined here.' }],
      },
      {
        file: FILE, line: 8, column: 11, rule: 'duplicate-term', message: 'The term `l10n repack` has the same page as `L10n-repack` (`glossary/l10n-repack/`).',
        hint: 'Merge the two definitions, or list one spelling under the other\'s `aliases`.',
        related: [{ file: FILE, line: 6, column: 11, message: 'First defined here.' }],
      },
    ]);
    expect(result.terms.map((t) => t.term)).toEqual(['Nightly', 'L10n-repack']);
  });

  it('reports schema errors at the value, and yields no terms', () => {
    const result = read('terms:\n  - term: Try\n    definiton: Where a change is tested.\n  - term: Nightly\n    definition: A.\n    systems: [Not An Id]\n');
    expect(result.terms).toEqual([]);
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['2:5 schema', '3:5 schema', '6:15 schema']);
  });

  it('reports YAML syntax errors, a file that is not a mapping, and a value cut short by ` #`', () => {
    expect(read('terms: [\n').findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['1:8 yaml-syntax']);
    expect(read('- term: Try\n').findings).toEqual([{ file: FILE, line: 1, column: 1, rule: 'not-a-mapping', message: 'The glossary file must be a mapping with a `terms:` list.' }]);
    const cut = read('terms:\n  - term: Try\n    definition: Testing a change; #try on IRC\n');
    expect(cut.findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['3:35 comment-in-value']);
  });
});
