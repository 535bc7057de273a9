import { describe, expect, it } from 'vitest';
import { selectCatalogMap } from '../../../src/core/render/select-catalog-map.ts';
import { countCrossings } from '../../../src/site/diagram/count-crossings.ts';
import { layoutMap } from '../../../src/site/diagram/layout-map.ts';
import { layoutCatalogMap, renderMapSvg } from '../../../src/site/diagram/render-map-svg.ts';
import { graphOf } from '../../helpers/graph-of.ts';

const graph = graphOf('web->api', 'api->db', 'api->queue~', 'batch->db~', 'web->dns', 'api->dns', 'batch->dns~', 'db->dns');
const systems = [
  { id: 'web', label: 'Web', team: 'front' },
  { id: 'api', label: 'API', team: 'back' },
  { id: 'batch', label: 'Batch & <jobs>', team: 'back' },
  { id: 'db', label: 'DB', team: 'data' },
  { id: 'queue', label: 'Queue', team: 'data' },
  { id: 'dns', label: 'DNS', team: 'it' },
];
const teams = [{ id: 'front', label: 'Front end' }, { id: 'back', label: 'Back end' }, { id: 'data', label: 'Data' }, { id: 'it', label: 'IT' }];

describe('layoutMap', () => {
  it('puts every box inside its team frame, frames apart, routes ending at their boxes, and no crossings where none are needed', async () => {
    const map = selectCatalogMap(graph, systems, teams);
    const { layout } = await layoutCatalogMap(map);
    const frame = new Map(layout.groups.map((g) => [g.key, g]));
    for (const node of map.nodes) {
      const box = layout.nodes.get(node.key)!;
      const f = frame.get(node.group!)!;
      expect(box.x).toBeGreaterThanOrEqual(f.x);
      expect(box.y).toBeGreaterThan(f.y);
      expect(box.x + box.width).toBeLessThanOrEqual(f.x + f.width);
      expect(box.y + box.height).toBeLessThanOrEqual(f.y + f.height);
    }
    const frames = layout.groups;
    const overlap = frames.some((a, i) => frames.some((b, j) => i < j && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height));
    expect(overlap).toBe(false);
    for (const [i, edge] of layout.edges.entries()) {
      const from = layout.nodes.get(map.edges[i]!.from)!;
      const start = edge.points[0]!;
      expect(start.x).toBeCloseTo(from.x + from.width, 0);
    }
    expect(countCrossings(layout.edges)).toBe(0);
  });

  it('is deterministic', async () => {
    const nodes = ['a', 'b', 'c', 'd'].map((key) => ({ key, width: 60, height: 30 }));
    const edges = [{ from: 'a', to: 'c' }, { from: 'b', to: 'd' }, { from: 'a', to: 'd' }];
    expect(await layoutMap(nodes, edges, [])).toEqual(await layoutMap(nodes, edges, []));
  });
});

describe('renderMapSvg', () => {
  it('draws every box as a link with its facets and badges, and team labels that link to the team', async () => {
    const map = selectCatalogMap(graph, systems, teams, new Set(['dns']));
    const svg = await renderMapSvg(map, {
      id: 'm',
      href: (n) => `/systems/${n.systemId}/`,
      groupHref: (g) => `/teams/${g.teamId}/`,
      facets: (n) => ({ team: systems.find((s) => s.id === n.systemId)!.team, tier: '1' }),
    });
    expect(svg.match(/<a class="node /g)).toHaveLength(6);
    expect(svg).toContain('href="/systems/web/"');
    expect(svg).toContain('<a class="lane-label" href="/teams/it/">');
    // Four dependencies on DNS became badges; four arrows remain.
    expect(svg.match(/<path class="edge /g)).toHaveLength(4);
    expect(svg.match(/class="badge badge-hard"/g)).toHaveLength(3);
    expect(svg.match(/class="badge badge-soft"/g)).toHaveLength(1);
    expect(svg).toContain('data-uses="DNS" data-team="back" data-tier="1" aria-label="Batch &amp; &lt;jobs&gt; DNS: depends on DNS (soft)"');
    expect(svg).toContain('class="node node-system node-shared" data-key="n5" data-code="DNS"');
    expect(svg).toContain('aria-label="DNS (shared infrastructure, badge DNS, 4 dependents)"');
    expect(svg).not.toContain('<jobs>');
  });
});
