import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from '../../../src/core/source/find-duplicate-keys.ts';
import { readTeams } from '../../../src/core/read-teams.ts';

describe('findDuplicateKeys', () => {
  it('finds a repeated key in any mapping, nested ones included, with the first one\'s place', () => {
    const text = 'a: 1\nb:\n  c: 1\n  c: 2\nlist:\n  - x: 1\n    x: 2\na: 3\n';
    expect(findDuplicateKeys(parseDocument(text, { uniqueKeys: false }))).toEqual([
      { key: 'c', offset: text.indexOf('c: 2'), firstOffset: text.indexOf('c: 1') },
      { key: 'x', offset: text.indexOf('x: 2'), firstOffset: text.indexOf('x: 1') },
      { key: 'a', offset: text.indexOf('a: 3'), firstOffset: 0 },
    ]);
  });

  it('compares keys by value and type, as YAML does: `1` and `"1"` differ', () => {
    expect(findDuplicateKeys(parseDocument('1: a\n"1": b\n', { uniqueKeys: false }))).toEqual([]);
  });

  it('reads a teams file of 20,000 keys with a duplicate at the end, naming it once', () => {
    const text = `${Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\nk0: again\n`;
    const { findings } = readTeams('systems/teams.yaml', new TextEncoder().encode(text));
    expect(findings).toEqual([{
      file: 'systems/teams.yaml', line: 20_001, column: 1, rule: 'yaml-syntax',
      message: 'The key `k0` is written twice in the same mapping (DUPLICATE_KEY).', hint: 'Keep one of the two.',
      related: [{ file: 'systems/teams.yaml', line: 1, column: 1, message: 'First written here.' }],
    }]);
  });
});
