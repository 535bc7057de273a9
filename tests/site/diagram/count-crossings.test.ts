import { describe, expect, it } from 'vitest';
import { countCrossings, type DrawnEdge } from '../../../src/site/diagram/count-crossings.ts';

const edge = (from: string, to: string, ...xy: number[]): DrawnEdge => ({
  from, to, points: Array.from({ length: xy.length / 2 }, (_, i) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]! })),
});

describe('countCrossings', () => {
  it('counts an X once and two parallel edges not at all', () => {
    expect(countCrossings([edge('a', 'b', 0, 0, 10, 10), edge('c', 'd', 0, 10, 10, 0)])).toBe(1);
    expect(countCrossings([edge('a', 'b', 0, 0, 10, 0), edge('c', 'd', 0, 5, 10, 5)])).toBe(0);
  });

  it('counts every crossing of a polyline that weaves through another edge', () => {
    // A zigzag crossing the horizontal line y = 5 three times.
    const zigzag = edge('a', 'b', 0, 0, 3, 10, 6, 0, 9, 10);
    expect(countCrossings([zigzag, edge('c', 'd', -1, 5, 10, 5)])).toBe(3);
  });

  it('ignores edges that share a box, and segments that only touch', () => {
    expect(countCrossings([edge('a', 'b', 0, 0, 10, 10), edge('a', 'c', 0, 10, 10, 0)])).toBe(0);
    expect(countCrossings([edge('a', 'b', 0, 0, 10, 0), edge('c', 'd', 5, 0, 5, 10)])).toBe(0);
  });

  it('counts a small two-layer layout with a known answer', () => {
    // Left column a (y 0), b (y 10), c (y 20); right column x (y 0), y (y 10), z (y 20).
    // a->z crosses b->y and c->x; b->y crosses c->x; c->x also crosses nothing else: 3 crossings.
    const at = { a: 0, b: 10, c: 20, x: 0, y: 10, z: 20 } as const;
    const e = (f: 'a' | 'b' | 'c', t: 'x' | 'y' | 'z') => edge(f, t, 0, at[f], 50, at[t]);
    expect(countCrossings([e('a', 'z'), e('b', 'y'), e('c', 'x')])).toBe(3);
    expect(countCrossings([e('a', 'x'), e('b', 'y'), e('c', 'z')])).toBe(0);
  });
});
