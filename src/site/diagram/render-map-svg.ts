import type { DiagramGroup, DiagramNode } from '../../core/render/diagram.ts';
import type { CatalogMap } from '../../core/render/select-catalog-map.ts';
import { escapeHtml } from '../escape-html.ts';
import { measureText } from './measure-text.ts';
import { GROUP_HEADER, layoutMap, type MapLayout } from './layout-map.ts';
import { boxLines, boxSize, boxText, LINE_HEIGHT } from './render-diagram-svg.ts';

/** How the whole-catalog map is turned into SVG. */
export interface MapSvgOptions {
  /** Unique on the page: prefixes the ids inside the SVG. */
  id: string;
  /** The link for a box. */
  href: (node: DiagramNode) => string | undefined;
  /** The link for a team frame's label. */
  groupHref?: (group: DiagramGroup) => string | undefined;
  /** Facets of a box (`team`, `lifecycle`, `tier`…), written as `data-*` attributes for the map's filters. */
  facets?: (node: DiagramNode) => Record<string, string>;
}

const BADGE_FONT = 11;
const BADGE_HEIGHT = 16;
const BADGE_GAP = 4;
const BADGE_ROW = BADGE_HEIGHT + 6;

/** Lays the map out (ELK, see layoutMap) and keeps the wrapped labels, for rendering and for counting crossings. */
export async function layoutCatalogMap(map: CatalogMap): Promise<{ layout: MapLayout; texts: Map<string, string[]> }> {
  const texts = new Map(map.nodes.map((n) => [n.key, boxLines(n.label)]));
  const layout = await layoutMap(
    map.nodes.map((n) => {
      const size = boxSize(texts.get(n.key)!);
      const badges = badgesOf(map, n);
      if (badges.length === 0) return { key: n.key, ...size, ...(n.group ? { group: n.group } : {}) };
      return {
        key: n.key,
        width: Math.max(size.width, badgeRowWidth(badges) + 16),
        height: size.height + BADGE_ROW - 4,
        ...(n.group ? { group: n.group } : {}),
      };
    }),
    map.edges,
    map.groups.map((g) => ({ key: g.key, labelWidth: Math.round(measureText(g.label, 12)) + 8 })),
  );
  return { layout, texts };
}

/**
 * Renders the whole-catalog map to SVG at build time: team frames (their labels link to the team pages), every
 * box a link to its system's page carrying badges for the shared infrastructure it depends on (solid outline hard,
 * dashed soft), orthogonal edges with `data-from`/`data-to` for the highlight script, and the boxes' facets as
 * `data-*` attributes for the filters. Everything shows and every link works without JavaScript.
 */
export async function renderMapSvg(map: CatalogMap, options: MapSvgOptions): Promise<string> {
  const { layout, texts } = await layoutCatalogMap(map);
  const marker = `${options.id}-arrow`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagram-svg map-svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-labelledby="${options.id}-title" data-map>`,
    `<title id="${options.id}-title">${escapeHtml(map.title)}</title>`,
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrowhead" d="M0,1 L10,5 L0,9 z"/></marker></defs>`,
    '<g class="lanes">',
  ];
  const groupByKey = new Map(map.groups.map((g) => [g.key, g]));
  for (const frame of layout.groups) {
    const group = groupByKey.get(frame.key)!;
    const link = options.groupHref?.(group);
    const label = `<text x="${frame.x + 10}" y="${frame.y + 18}">${escapeHtml(group.label)}</text>`;
    const team = group.teamId !== undefined ? ` data-team="${escapeHtml(group.teamId)}"` : '';
    out.push(`<g class="team-frame"${team}><rect class="lane" x="${frame.x}" y="${frame.y}" width="${frame.width}" height="${frame.height}" rx="6"/>`);
    out.push(link === undefined ? `<g class="lane-label">${label}</g></g>` : `<a class="lane-label" href="${escapeHtml(link)}">${label}</a></g>`);
  }
  out.push('</g>', '<g class="edges">');
  map.edges.forEach((edge, i) => {
    const points = layout.edges[i]!.points;
    if (points.length < 2) return;
    const d = points.map((p, j) => `${j === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
    out.push(`<path class="edge edge-${edge.strength}" d="${d}" marker-end="url(#${marker})" data-from="${edge.from}" data-to="${edge.to}"/>`);
  });
  out.push('</g>', '<g class="nodes">');
  const codeOfSystem = new Map(map.shared.map((b) => [b.systemId, b]));
  for (const node of map.nodes) {
    const box = layout.nodes.get(node.key)!;
    const lines = texts.get(node.key)!;
    const badges = badgesOf(map, node);
    const own = node.systemId !== undefined ? codeOfSystem.get(node.systemId) : undefined;
    const textHeight = lines.length * LINE_HEIGHT;
    const body = badges.length > 0 ? box.height - BADGE_ROW + 4 : box.height;
    const cx = round(box.x + box.width / 2);
    const inner = [
      `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6"/>`,
      boxText(lines, cx, box.y + body / 2 - (textHeight - LINE_HEIGHT) / 2),
    ];
    let bx = round(box.x + (box.width - badgeRowWidth(badges)) / 2);
    const by = round(box.y + box.height - BADGE_ROW + 1);
    for (const badge of badges) {
      const w = badgeWidth(badge.code);
      // The space keeps the codes apart from the name and each other in the text a screen reader reads.
      inner.push(` <g class="badge badge-${badge.strength}"><rect x="${bx}" y="${by}" width="${w}" height="${BADGE_HEIGHT}" rx="${BADGE_HEIGHT / 2}"/><text x="${round(bx + w / 2)}" y="${by + BADGE_HEIGHT / 2}" text-anchor="middle" dominant-baseline="central">${escapeHtml(badge.code)}</text></g>`);
      bx = round(bx + w + BADGE_GAP);
    }
    const facets = Object.entries(options.facets?.(node) ?? {}).map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`).join('');
    // The name starts with the text the box shows, badges included, so speech matches sight (axe's label-content-name-mismatch).
    const shown = [...lines, ...badges.map((b) => b.code)].join(' ');
    const uses = badges.length === 0 ? '' : `: depends on ${badges.map((b) => `${codeOfSystem.get(b.systemId)!.label}${b.strength === 'soft' ? ' (soft)' : ''}`).join(', ')}`;
    const name = `${shown}${own ? ` (shared infrastructure, badge ${own.code}, ${own.dependents} dependents)` : ''}${uses}${lines.join(' ') === node.label.replace(/\s+/g, ' ').trim() ? '' : `; full name ${node.label}`}`;
    const kind = `node node-${node.role}${own ? ' node-shared' : ''}`;
    const href = options.href(node);
    const attrs = `class="${kind}" data-key="${node.key}"${own ? ` data-code="${escapeHtml(own.code)}"` : ''}${badges.length > 0 ? ` data-uses="${escapeHtml(badges.map((b) => b.code).join(' '))}"` : ''}${facets} aria-label="${escapeHtml(name)}"`;
    out.push(href === undefined ? `<g ${attrs}>${inner.join('')}</g>` : `<a ${attrs} href="${escapeHtml(href)}">${inner.join('')}</a>`);
  }
  out.push('</g>', '</svg>');
  return out.join('');
}

function badgesOf(map: CatalogMap, node: DiagramNode) {
  return map.badges.get(node.key) ?? [];
}

function badgeWidth(code: string): number {
  return Math.round(measureText(code, BADGE_FONT) + 12);
}

function badgeRowWidth(badges: readonly { code: string }[]): number {
  return badges.reduce((sum, b, i) => sum + badgeWidth(b.code) + (i > 0 ? BADGE_GAP : 0), 0);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
