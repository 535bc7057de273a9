import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import type { Diagram } from '../../../src/core/render/diagram.ts';
import { renderDiagramSvg } from '../../../src/site/diagram/render-diagram-svg.ts';
import { diagramHref } from '../../../src/site/diagram/diagram-href.ts';
import { selectNeighbourhood } from '../../../src/core/render/select-neighbourhood.ts';
import { graphOf } from '../../helpers/graph-of.ts';

const hostile = '"><script>alert(1)</script><a href="javascript:alert(2)">x</a>';

describe('renderDiagramSvg', () => {
  it('makes every system box a link to its page, under the base path', () => {
    const graph = graphOf('web->api', 'api->db~');
    const svg = renderDiagramSvg(selectNeighbourhood(graph, 'api', (id) => id), { id: 'd', href: diagramHref('/docs/', 'api') });
    const links = [...svg.matchAll(/<a class="node node-(\w+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(links).toEqual(['focus /docs/systems/api/', 'system /docs/systems/db/', 'system /docs/systems/web/']);
    expect(svg).toContain('class="edge edge-soft"');
    expect(svg).toContain('class="edge edge-hard"');
    expect(svg).toContain('<title id="d-title">Dependencies of api: it depends on 1 system; 1 system depends on it.</title>');
  });

  it('links a `+N more` box to the list that names the hidden systems', () => {
    const graph = graphOf('a->hub', 'b->hub', 'c->hub');
    const svg = renderDiagramSvg(selectNeighbourhood(graph, 'hub', (id) => id, { perSide: 2 }), { id: 'd', href: diagramHref('/', 'hub') });
    expect(svg).toContain('href="/systems/hub/#depended-on-by"');
  });

  it('escapes every label, so a name can only ever be text', () => {
    const diagram: Diagram = {
      title: hostile,
      nodes: [{ key: 'n0', label: hostile, role: 'focus', systemId: 'x', rank: 0 }, { key: 'n1', label: 'ok', role: 'system', systemId: 'y', rank: 1 }],
      edges: [{ from: 'n0', to: 'n1', strength: 'hard', label: hostile }],
      groups: [],
    };
    const svg = renderDiagramSvg(diagram, { id: 'd', href: () => undefined });
    expect(svg).not.toMatch(/<script|<a href="javascript/);
    const tree = fromHtml(svg, { fragment: true, space: 'svg' });
    const tags = new Set<string>();
    const walk = (node: { type: string; tagName?: string; children?: unknown[] }) => {
      if (node.type === 'element') tags.add(node.tagName!);
      for (const child of (node.children ?? []) as typeof node[]) walk(child);
    };
    walk(tree);
    expect([...tags].filter((t) => !['defs', 'g', 'marker', 'path', 'rect', 'svg', 'text', 'title', 'tspan'].includes(t))).toEqual([]);
  });

  it('wraps long names onto a second line and keeps the full name as a tooltip and accessible name', () => {
    const name = 'Release automation (Ship It and release runner) with a very long name';
    const diagram: Diagram = { title: 't', nodes: [{ key: 'n0', label: name, role: 'system', systemId: 'r' }], edges: [], groups: [] };
    const svg = renderDiagramSvg(diagram, { id: 'd', href: () => '/r/' });
    expect(svg).toContain(`aria-label="${name}"`);
    expect(svg).toContain(`<title>${name}</title>`);
    expect(svg).toMatch(/<tspan [^>]*>[^<]*…<\/tspan>/);
  });

  it('draws groups as labelled lanes that link to their team', () => {
    const diagram: Diagram = {
      title: 't',
      nodes: [{ key: 'n0', label: 'A', role: 'system', systemId: 'a', group: 'g0' }, { key: 'n1', label: 'B', role: 'system', systemId: 'b', group: 'g1' }],
      edges: [{ from: 'n0', to: 'n1', strength: 'hard' }],
      groups: [{ key: 'g0', label: 'Team <A>', teamId: 'ta' }, { key: 'g1', label: 'Team B' }],
    };
    const svg = renderDiagramSvg(diagram, { id: 'd', href: () => undefined, groupHref: (g) => (g.teamId ? `/teams/${g.teamId}/` : undefined) });
    expect(svg).toContain('<a class="lane-label" href="/teams/ta/"><text x="12" y="33">Team &lt;A&gt;</text></a>');
    expect(svg).toContain('<g class="lane-label"><text');
  });

  it('gives the same bytes for the same diagram', () => {
    const graph = graphOf('a->b', 'b->c', 'd->b', 'e->a');
    const render = () => renderDiagramSvg(selectNeighbourhood(graph, 'b', (id) => id), { id: 'd', href: diagramHref('/', 'b') });
    expect(render()).toBe(render());
  });
});

describe('wrapText', async () => {
  const { wrapText } = await import('../../../src/site/diagram/measure-text.ts');
  it('breaks at spaces and shows only whole words, ending in an ellipsis when the name does not fit', () => {
    expect(wrapText('Scheduler DB', 13, 140)).toEqual(['Scheduler DB']);
    expect(wrapText('Fault drills (chaos testing for the build farm and everything around it)', 13, 140)).toEqual([
      'Fault drills (chaos', 'testing for the build', 'farm and everything …',
    ]);
    expect(wrapText('Bouncer (download.mozilla.org)', 13, 140)).toEqual(['Bouncer', '(download.mozilla.org)']);
  });
});
