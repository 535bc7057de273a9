import { describe, expect, it } from 'vitest';
import { findDeepNesting } from '../../../src/core/source/find-deep-nesting.ts';

describe('findDeepNesting', () => {
  it('finds the offset of the first collection past the limit', () => {
    expect(findDeepNesting(`a: ${'['.repeat(64)}${']'.repeat(64)}\n`)).toBe(66);
    expect(findDeepNesting(`a: ${'['.repeat(63)}${']'.repeat(63)}\n`)).toBeUndefined();
    // Levels: the root map, `b`'s map, the list, and the map `c: 1` in it (offset 14).
    expect(findDeepNesting('a:\n  b:\n    - c: 1\n', 3)).toBe(14);
    expect(findDeepNesting('a:\n  b:\n    - c: 1\n', 4)).toBeUndefined();
  });

  it('takes a shallow text with many flow collections for shallow (the quick bound is only a bound)', () => {
    const wide = Array.from({ length: 200 }, (_, i) => `k${i}: {a: [b, {c: d}]}`).join('\n');
    expect(findDeepNesting(wide)).toBeUndefined();
  });

  it('stops early on a megabyte of brackets, in well under a second', () => {
    const started = performance.now();
    expect(findDeepNesting(`a: ${'['.repeat(500_000)}${']'.repeat(500_000)}`)).toBe(66);
    expect(findDeepNesting(`a:\n${'- '.repeat(400_000)}x\n`)).toBe(129);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
