import type { Diagram, DiagramGroup, DiagramNode } from '../../core/render/diagram.ts';
import { escapeHtml } from '../escape-html.ts';
import { layoutLayers, type Layout, type RoutedEdge } from './layout-layers.ts';
import { measureText, wrapText } from './measure-text.ts';

/** How a diagram is turned into SVG on a page. */
export interface DiagramSvgOptions {
  /** Unique on the page: prefixes the ids inside the SVG (arrow markers, title). */
  id: string;
  /** The link for a node, or `undefined` for a box that links nowhere. */
  href: (node: DiagramNode) => string | undefined;
  /** Shrink to the page's width instead of scrolling (for diagrams that are never much wider than a page). */
  fit?: boolean;
  /** The link for a group's label, such as its team's page. */
  groupHref?: (group: DiagramGroup) => string | undefined;
}

const FONT = 13;
const LINE = 16;
const PAD_X = 12;
const PAD_Y = 9;
const MIN_WIDTH = 64;
const MAX_TEXT = 140;

/** A box's size for its wrapped label lines. */
export function boxSize(lines: readonly string[]): { width: number; height: number } {
  return {
    width: Math.round(Math.max(MIN_WIDTH, ...lines.map((line) => measureText(line, FONT) + 2 * PAD_X))),
    height: lines.length * LINE + 2 * PAD_Y,
  };
}

/** A box's label as wrapped lines, as every generated diagram wraps it. */
export function boxLines(label: string): string[] {
  return wrapText(label, FONT, MAX_TEXT);
}

/** The text of a box: its lines centred on `cx`, spaced by a line height, with `top` the first line's middle. */
export function boxText(lines: readonly string[], cx: number, top: number): string {
  return [
    `<text x="${cx}" y="${round(top)}" text-anchor="middle" dominant-baseline="central">`,
    // A space between the lines keeps them apart in the text a screen reader or search reads.
    lines.map((line, i) => (i === 0 ? escapeHtml(line) : ` <tspan x="${cx}" dy="${LINE}">${escapeHtml(line)}</tspan>`)).join(''),
    '</text>',
  ].join('');
}

/** Height of one label line. */
export const LINE_HEIGHT = LINE;

/** Lays a diagram out as `renderDiagramSvg` draws it: box sizes from the wrapped labels, groups as lanes. */
export function layoutDiagram(diagram: Diagram): { layout: Layout; texts: Map<string, string[]> } {
  const texts = new Map(diagram.nodes.map((n) => [n.key, wrapText(n.label, FONT, MAX_TEXT)]));
  const laneOf = new Map(diagram.groups.map((g, i) => [g.key, i]));
  const layout = layoutLayers(
    diagram.nodes.map((n) => ({
      key: n.key,
      ...boxSize(texts.get(n.key)!),
      ...(n.rank !== undefined ? { rank: n.rank } : {}),
      ...(n.group !== undefined ? { lane: laneOf.get(n.group) ?? 0 } : {}),
    })),
    diagram.edges,
    diagram.edges.some((e) => e.label !== undefined) ? { layerGap: 72 } : {},
  );
  return { layout, texts };
}

/**
 * Renders a diagram to a self-contained SVG string at build time: every box that stands for a page is a real
 * `<a>` link, hard edges are solid and soft edges dashed (classes `edge-hard`/`edge-soft`, styled by the site's
 * CSS so dark mode and print follow the page), and every label is escaped. No client JavaScript is needed.
 */
export function renderDiagramSvg(diagram: Diagram, options: DiagramSvgOptions): string {
  const { layout, texts } = layoutDiagram(diagram);
  const marker = `${options.id}-arrow`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagram-svg${options.fit ? ' diagram-fit' : ''}" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-labelledby="${options.id}-title">`,
    `<title id="${options.id}-title">${escapeHtml(diagram.title)}</title>`,
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path class="arrowhead" d="M0,1 L10,5 L0,9 z"/></marker></defs>`,
  ];
  if (layout.lanes.length > 0) {
    out.push('<g class="lanes">');
    for (const lane of layout.lanes) {
      const group = diagram.groups[lane.index];
      if (!group) continue;
      const link = options.groupHref?.(group);
      const label = `<text x="12" y="${lane.y + 17}">${escapeHtml(group.label)}</text>`;
      out.push(`<rect class="lane" x="4" y="${lane.y}" width="${layout.width - 8}" height="${lane.height}" rx="6"/>`);
      out.push(link === undefined ? `<g class="lane-label">${label}</g>` : `<a class="lane-label" href="${escapeHtml(link)}">${label}</a>`);
    }
    out.push('</g>');
  }
  out.push('<g class="edges">');
  diagram.edges.forEach((edge, i) => {
    const route = layout.edges[i]!;
    out.push(`<path class="edge edge-${edge.strength}" d="${pathOf(route)}" marker-end="url(#${marker})" data-from="${edge.from}" data-to="${edge.to}"/>`);
  });
  for (const [i, edge] of diagram.edges.entries()) {
    if (edge.label === undefined) continue;
    const at = labelPoint(layout.edges[i]!);
    out.push(`<text class="edge-label" x="${at.x}" y="${at.y}" text-anchor="middle" dominant-baseline="central">${escapeHtml(edge.label)}</text>`);
  }
  out.push('</g>', '<g class="nodes">');
  for (const node of diagram.nodes) {
    const box = layout.nodes.get(node.key)!;
    const lines = texts.get(node.key)!;
    const href = options.href(node);
    const cut = lines.join(' ') !== node.label.replace(/\s+/g, ' ').trim();
    const cx = round(box.x + box.width / 2);
    const top = box.y + box.height / 2 - ((lines.length - 1) * LINE) / 2;
    const inner = [
      cut ? `<title>${escapeHtml(node.label)}</title>` : '',
      `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="${node.role === 'more' ? box.height / 2 : 6}"/>`,
      boxText(lines, cx, top),
    ].join('');
    const kind = `node node-${node.role}`;
    out.push(href === undefined
      ? `<g class="${kind}" data-key="${node.key}">${inner}</g>`
      : `<a class="${kind}" href="${escapeHtml(href)}" data-key="${node.key}"${cut ? ` aria-label="${escapeHtml(node.label)}"` : ''}>${inner}</a>`);
  }
  out.push('</g>', '</svg>');
  return out.join('');
}

/** A smooth path through the route's points, leaving and entering each box horizontally. */
function pathOf(route: RoutedEdge): string {
  const [first, ...rest] = route.points;
  if (route.flat) {
    const last = rest[rest.length - 1]!;
    const bulge = 28 + Math.abs(last.y - first!.y) / 4;
    return `M${first!.x},${first!.y} C${first!.x + bulge},${first!.y} ${last.x + bulge},${last.y} ${last.x + 2},${last.y}`;
  }
  let d = `M${first!.x},${first!.y}`;
  let prev = first!;
  for (const p of rest) {
    const dx = (p.x - prev.x) / 2;
    d += ` C${round(prev.x + dx)},${prev.y} ${round(p.x - dx)},${p.y} ${p.x},${p.y}`;
    prev = p;
  }
  return d;
}

function labelPoint(route: RoutedEdge): { x: number; y: number } {
  const { points } = route;
  const i = Math.floor((points.length - 1) / 2);
  const a = points[i]!;
  const b = points[i + 1] ?? a;
  return { x: round((a.x + b.x) / 2), y: round((a.y + b.y) / 2) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
