import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/core/suggest.ts';

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('teir', 'tier')).toBe(1);
    expect(editDistance('chek', 'check')).toBe(1);
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(editDistance('titel', 'title')).toBe(1);
  });

  it('counts insertions, deletions and substitutions as one edit each', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('edits each substring once (optimal string alignment)', () => {
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('gives up early with a value above the limit, never one at or below it', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBeGreaterThan(2);
    expect(editDistance('abdc', 'abcd', 1)).toBe(1);
    expect(editDistance('bacd', 'abdc', 2)).toBe(2);
  });
});

describe('suggest', () => {
  it('suggests the field, config key, command and flag a transposition away', () => {
    expect(suggest('teir', ['owner', 'tier', 'team'])).toBe('tier');
    expect(suggest('titel', ['title', 'systems', 'base'])).toBe('title');
    expect(suggest('chek', ['check', 'new', 'impact', 'graph'])).toBe('check');
    expect(suggest('fromat', ['format', 'config', 'today'])).toBe('format');
  });

  it('ignores case and breaks ties alphabetically, whatever the candidates’ order', () => {
    expect(suggest('TIER', ['tier'])).toBe('tier');
    expect(suggest('cat', ['cut', 'bat'])).toBe('bat');
    expect(suggest('cat', ['bat', 'cut'])).toBe('bat');
  });

  it('suggests nothing when every candidate is too far away', () => {
    expect(suggest('xyz', ['tier', 'owner'])).toBeUndefined();
    expect(suggest('runbook', [])).toBeUndefined();
  });

  it('takes a larger limit on request, for headings of several words', () => {
    expect(suggest('run bk', ['runbook'])).toBeUndefined();
    expect(suggest('run bk', ['runbook'], { maxDistance: 3 })).toBe('runbook');
  });
});
