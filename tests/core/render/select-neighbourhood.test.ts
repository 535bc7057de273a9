import { describe, expect, it } from 'vitest';
import type { Diagram } from '../../../src/core/render/diagram.ts';
import { selectNeighbourhood } from '../../../src/core/render/select-neighbourhood.ts';
import { graphOf } from '../../helpers/graph-of.ts';

const upper = (id: string) => id.toUpperCase();

/** The diagram as short lines: `key:label@rank` per node and `from-to` per edge (`~` for soft). */
function sketch(diagram: Diagram): { nodes: string[]; edges: string[] } {
  const label = new Map(diagram.nodes.map((n) => [n.key, n.label]));
  return {
    nodes: diagram.nodes.map((n) => `${n.label}@${n.rank}`),
    edges: diagram.edges.map((e) => `${label.get(e.from)}${e.strength === 'soft' ? '~>' : '->'}${label.get(e.to)}`),
  };
}

describe('selectNeighbourhood', () => {
  it('puts dependents left, dependencies right, two hops each way', () => {
    // web -> api -> db -> disk, cron ~> api, cdn -> web
    const graph = graphOf('cdn->web', 'web->api', 'cron->api~', 'api->db', 'db->disk');
    expect(sketch(selectNeighbourhood(graph, 'api', upper))).toEqual({
      nodes: ['API@0', 'DB@1', 'CRON@-1', 'WEB@-1', 'DISK@2', 'CDN@-2'],
      edges: ['API->DB', 'CDN->WEB', 'CRON~>API', 'DB->DISK', 'WEB->API'],
    });
  });

  it('collapses a busy side into a `+N more` box that points at the full list', () => {
    const graph = graphOf(...Array.from({ length: 12 }, (_, i) => `s${String(i).padStart(2, '0')}->hub${i === 11 ? '~' : ''}`));
    const diagram = selectNeighbourhood(graph, 'hub', (id) => id, { perSide: 5 });
    const more = diagram.nodes.filter((n) => n.role === 'more');
    expect(more).toEqual([{ key: 'n5', label: '+8 more', role: 'more', more: { list: 'dependents', count: 8 }, rank: -1 }]);
    expect(diagram.nodes.filter((n) => n.role === 'system').map((n) => n.systemId)).toEqual(['s00', 's01', 's02', 's03']);
    // The hidden edges include a hard one, so the collapsed arrow is drawn hard.
    expect(diagram.edges.find((e) => e.from === 'n5')).toEqual({ from: 'n5', to: 'n0', strength: 'hard' });
  });

  it('gives a hop-1 system a `+N more` box of its own when its neighbours do not fit the second-hop budget', () => {
    const graph = graphOf('a->b', 'b->c1', 'b->c2', 'b->c3', 'a->d', 'd->e');
    const diagram = selectNeighbourhood(graph, 'a', (id) => id, { secondHop: 2 });
    expect(sketch(diagram).nodes).toEqual(['a@0', 'b@1', 'd@1', '+3 more@2', 'e@2']);
    expect(diagram.nodes[3]!.more).toEqual({ list: 'dependencies', count: 3, of: 'b' });
  });

  it('never shows a direct neighbour two hops out, even when it is collapsed', () => {
    const graph = graphOf('f->a', 'f->b', 'f->c', 'a->c');
    const diagram = selectNeighbourhood(graph, 'f', (id) => id, { perSide: 2 });
    expect(sketch(diagram).nodes).toEqual(['f@0', 'a@1', '+2 more@1']);
  });

  it('draws a cycle once, on the dependency side, with both edges', () => {
    const graph = graphOf('a->b', 'b->a');
    expect(sketch(selectNeighbourhood(graph, 'a', (id) => id))).toEqual({ nodes: ['a@0', 'b@1'], edges: ['a->b', 'b->a'] });
  });

  it('leaves out edges between neighbours that would cut across the picture', () => {
    // x depends on the focus and on the focus's dependency: x->d would cross the focus column.
    const graph = graphOf('x->f', 'x->d', 'f->d');
    expect(sketch(selectNeighbourhood(graph, 'f', (id) => id)).edges).toEqual(['f->d', 'x->f']);
  });

  it('titles the diagram with counts', () => {
    expect(selectNeighbourhood(graphOf('a->b', 'c->a'), 'a', upper).title).toBe('Dependencies of A: it depends on 1 system; 1 system depends on it.');
    expect(selectNeighbourhood(graphOf('a'), 'a', upper).title).toBe('Dependencies of A: it depends on 0 systems; 0 systems depend on it.');
  });

  it('says in the title that it draws second hops, and how many, since the direct counts alone undersell the picture', () => {
    const graph = graphOf('a->b', 'a->c', 'b->d', 'c->d', 'c->e', 'x->a', 'y->x', 'z->x');
    expect(selectNeighbourhood(graph, 'a', upper).title).toBe('Dependencies of A, drawn two hops out: it depends on 2 systems directly and on 2 more through them; 1 system depends on it directly, and 2 more through that one.');
    expect(selectNeighbourhood(graphOf('a->b', 'b->c'), 'a', upper).title).toBe('Dependencies of A, drawn two hops out: it depends on 1 system directly and on 1 more through it; 0 systems depend on it directly.');
  });
});
