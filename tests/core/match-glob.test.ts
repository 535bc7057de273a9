import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/core/match-glob.ts';

describe('compileGlob', () => {
  const cases: [string, string[], string[]][] = [
    ['*-notes.md', ['a-notes.md', 'platform/a-notes.md', 'x/y/b-notes.md'], ['a-notes.md.bak', 'notes.md', 'a-notes/md']],
    ['drafts/**', ['drafts/a.md', 'drafts/x/y.md', 'drafts/'], ['drafts', 'x/drafts/a.md', 'draftsy/a.md']],
    ['drafts/', ['drafts/a.md', 'drafts/x/y.md'], ['x/drafts/a.md']],
    ['./platform/*.md', ['platform/a.md'], ['platform/x/a.md', 'a.md']],
    ['**/old/*.md', ['old/a.md', 'x/y/old/a.md'], ['old/x/a.md']],
    ['?.md', ['a.md', 'x/b.md'], ['ab.md']],
    ['[ab].md', ['a.md', 'b.md'], ['c.md']],
    ['[!ab].md', ['c.md'], ['a.md']],
    ['a+b(1).md', ['a+b(1).md'], ['aab1.md']],
  ];
  for (const [pattern, matching, other] of cases) {
    it(`\`${pattern}\` matches ${matching.join(', ')} and not ${other.join(', ')}`, () => {
      const matches = compileGlob(pattern);
      expect(matching.filter((path) => !matches(path))).toEqual([]);
      expect(other.filter((path) => matches(path))).toEqual([]);
    });
  }
});
