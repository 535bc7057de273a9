import { describe, expect, it } from 'vitest';
import { layoutLayers, type Layout, type LayoutNode } from '../../../src/site/diagram/layout-layers.ts';

const box = (key: string, extra: Partial<LayoutNode> = {}): LayoutNode => ({ key, width: 100, height: 30, ...extra });
const edges = (...pairs: string[]) => pairs.map((p) => ({ from: p[0]!, to: p[1]! }));

/** Boxes of one column (same x), top to bottom. */
function column(layout: Layout, x: number): string[] {
  return [...layout.nodes].filter(([, n]) => n.x === x).sort((a, b) => a[1].y - b[1].y).map(([k]) => k);
}

function overlaps(layout: Layout): boolean {
  const boxes = [...layout.nodes.values()];
  return boxes.some((a, i) => boxes.some((b, j) => i < j && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height));
}

describe('layoutLayers', () => {
  it('ranks by longest path, left to right, with no overlapping boxes', () => {
    const layout = layoutLayers(['a', 'b', 'c', 'd'].map((k) => box(k)), edges('ab', 'bc', 'ac', 'ad'));
    const x = (k: string) => layout.nodes.get(k)!.x;
    expect(x('a')).toBeLessThan(x('b'));
    expect(x('b')).toBeLessThan(x('c'));
    expect(x('d')).toBe(x('b'));
    expect(overlaps(layout)).toBe(false);
  });

  it('routes an edge that skips a layer through that layer, and ends every route at its boxes', () => {
    const layout = layoutLayers(['a', 'b', 'c'].map((k) => box(k)), edges('ab', 'bc', 'ac'));
    const long = layout.edges[2]!;
    expect(long.points).toHaveLength(3);
    const a = layout.nodes.get('a')!;
    const c = layout.nodes.get('c')!;
    expect(long.points[0]).toEqual({ x: a.x + a.width, y: a.y + a.height / 2 });
    expect(long.points[2]).toEqual({ x: c.x, y: c.y + c.height / 2 });
  });

  it('survives cycles and still draws every edge toward its target', () => {
    const layout = layoutLayers(['a', 'b', 'c'].map((k) => box(k)), edges('ab', 'bc', 'ca'));
    expect(layout.edges).toHaveLength(3);
    const back = layout.edges[2]!;
    const a = layout.nodes.get('a')!;
    expect(back.points[back.points.length - 1]).toEqual({ x: a.x + a.width, y: a.y + a.height / 2 });
  });

  it('keeps rank hints, and orders a layer to avoid crossings', () => {
    const nodes = [box('f', { rank: 0 }), box('x', { rank: 1 }), box('y', { rank: 1 }), box('p', { rank: 2 }), box('q', { rank: 2 })];
    const layout = layoutLayers(nodes, edges('fx', 'fy', 'yp', 'xq'));
    const xOf = (k: string) => layout.nodes.get(k)!.x;
    expect(xOf('f')).toBeLessThan(xOf('x'));
    expect(xOf('x')).toBe(xOf('y'));
    expect(xOf('p')).toBe(xOf('q'));
    const middle = column(layout, xOf('x'));
    const right = column(layout, xOf('p'));
    // x's dependency q sits on x's side, so y->p and x->q do not cross.
    expect(middle.indexOf('x') < middle.indexOf('y')).toBe(right.indexOf('q') < right.indexOf('p'));
    expect(overlaps(layout)).toBe(false);
  });

  it('puts each lane in its own band, in lane order', () => {
    const nodes = [box('a', { lane: 1 }), box('b', { lane: 0 }), box('c', { lane: 1 })];
    const layout = layoutLayers(nodes, edges('ab', 'cb'));
    expect(layout.lanes).toHaveLength(2);
    const [top, bottom] = layout.lanes;
    const inside = (k: string, lane: { y: number; height: number }) => {
      const n = layout.nodes.get(k)!;
      return n.y >= lane.y && n.y + n.height <= lane.y + lane.height;
    };
    expect(inside('b', top!)).toBe(true);
    expect(inside('a', bottom!) && inside('c', bottom!)).toBe(true);
    expect(overlaps(layout)).toBe(false);
  });

  it('is deterministic', () => {
    const make = () => layoutLayers(['a', 'b', 'c', 'd', 'e'].map((k) => box(k)), edges('ab', 'ac', 'bd', 'cd', 'de', 'ae'));
    expect(JSON.stringify([...make().nodes])).toBe(JSON.stringify([...make().nodes]));
  });

  it('lays out a 300-box graph quickly', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => box(`n${i}`, { lane: i % 12 }));
    const links = Array.from({ length: 600 }, (_, i) => ({ from: `n${(i * 7) % 300}`, to: `n${(i * 13 + 1) % 300}` })).filter((e) => e.from !== e.to);
    const started = performance.now();
    layoutLayers(nodes, links);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
