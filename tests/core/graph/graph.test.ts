import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../src/core/graph/find-cycles.ts';
import { findImpact } from '../../../src/core/graph/find-impact.ts';
import { graphOf } from '../../helpers/graph-of.ts';

describe('findCycles', () => {
  it('finds one cycle per strongly connected component, from its smallest id', () => {
    const graph = graphOf('c->a', 'a->b', 'b->c', 'x->y', 'y->x', 'p->q');
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a'], ['x', 'y', 'x']]);
  });

  it('ignores soft edges when asked for hard cycles only', () => {
    const graph = graphOf('a->b', 'b->a~', 'x->y', 'y->x');
    expect(findCycles(graph)).toEqual([['a', 'b', 'a'], ['x', 'y', 'x']]);
    expect(findCycles(graph, { hardOnly: true })).toEqual([['x', 'y', 'x']]);
  });

  it('does not overflow the stack on a 20,000-deep chain', () => {
    const edges = Array.from({ length: 20_000 }, (_, i) => `n${i}->n${i + 1}`);
    expect(findCycles(graphOf(...edges, 'n20000->n0'))[0]).toHaveLength(20_002);
  });
});

describe('findImpact', () => {
  it('walks dependents transitively with the shortest path to each', () => {
    // db <- api <- web <- cdn, and db <- batch~ (soft)
    const graph = graphOf('api->db', 'web->api', 'cdn->web', 'batch->db~');
    expect(findImpact(graph, 'db')).toEqual([
      { id: 'api', depth: 1, path: ['db', 'api'], hard: true },
      { id: 'batch', depth: 1, path: ['db', 'batch'], hard: false },
      { id: 'web', depth: 2, path: ['db', 'api', 'web'], hard: true },
      { id: 'cdn', depth: 3, path: ['db', 'api', 'web', 'cdn'], hard: true },
    ]);
  });

  it('prefers an all-hard path in a diamond, stops at maxDepth, and walks dependencies in reverse', () => {
    const graph = graphOf('a->db~', 'b->db', 'top->a', 'top->b');
    expect(findImpact(graph, 'db').find((e) => e.id === 'top')).toEqual({ id: 'top', depth: 2, path: ['db', 'b', 'top'], hard: true });
    expect(findImpact(graph, 'db', { maxDepth: 1 }).map((e) => e.id)).toEqual(['a', 'b']);
    expect(findImpact(graph, 'top', { direction: 'dependencies' }).map((e) => e.id)).toEqual(['a', 'b', 'db']);
  });

  it('terminates on cycles', () => {
    const graph = graphOf('a->b', 'b->c', 'c->a');
    expect(findImpact(graph, 'a').map((e) => e.id)).toEqual(['c', 'b']);
  });
});
