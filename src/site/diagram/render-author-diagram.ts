import { renderMermaidSVG } from 'beautiful-mermaid';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import { SVG_SCHEMA } from '../markdown/sanitize-schema.ts';

/** Diagram types the build-time renderer draws; anything else is left for Mermaid in the browser. */
const BUILD_TIME = /^(?:graph|flowchart)\b|^stateDiagram(?:-v2)?\s*$|^sequenceDiagram\s*$|^classDiagram\s*$|^erDiagram\s*$|^xychart(?:-beta)?\b/;

/**
 * Draws an author-written Mermaid block as SVG at build time, or returns `undefined` when the type is one the
 * build-time renderer cannot draw or the source does not parse. The SVG passes an SVG allow-list, loses the
 * renderer's own `<style>` (the site's CSS themes it, light and dark) and gets ids unique to `prefix`.
 */
export function renderAuthorDiagram(source: string, prefix: string): Element | undefined {
  const header = source.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('%%'));
  if (header === undefined || !BUILD_TIME.test(header)) return undefined;
  let svg: string;
  try {
    svg = renderMermaidSVG(source, { bg: 'var(--diagram-bg)', fg: 'var(--diagram-fg)', transparent: true });
  } catch {
    return undefined;
  }
  const tree = fromHtml(svg, { fragment: true, space: 'svg' });
  const clean = sanitize(tree, SVG_SCHEMA) as Root;
  const root = clean.children.find((n): n is Element => n.type === 'element' && n.tagName === 'svg');
  if (!root) return undefined;
  prefixIds(root, prefix);
  root.properties.className = ['diagram-svg'];
  root.properties.role = 'img';
  root.properties.ariaLabel = `${kindOf(header)} diagram; its Mermaid source follows.`;
  return root;
}

/** The diagram's kind in words, from its first line. */
function kindOf(header: string): string {
  if (/^sequenceDiagram/.test(header)) return 'Sequence';
  if (/^stateDiagram/.test(header)) return 'State';
  if (/^classDiagram/.test(header)) return 'Class';
  if (/^erDiagram/.test(header)) return 'Entity-relationship';
  if (/^xychart/.test(header)) return 'Chart';
  return 'Flowchart';
}

/** Paint values a diagram may use: colours, `none`, CSS variables and references to its own markers. */
const PAINT = /^(?:#[0-9a-f]{3,8}|[a-z]+|var\(--[\w-]+\)|url\(#[\w-]+\)|rgba?\([\d.,\s%]+\))$/i;

/**
 * Renames every id in the SVG and each `url(#id)` reference to it, so two diagrams on a page never share an id;
 * drops paint values that are not plain colours (author `classDef`s end up there).
 */
function prefixIds(root: Element, prefix: string): void {
  visit(root, 'element', (node: Element) => {
    const props = node.properties;
    for (const key of ['fill', 'stroke']) if (typeof props[key] === 'string' && !PAINT.test(props[key] as string)) delete props[key];
    if (typeof props.id === 'string') props.id = `${prefix}-${props.id}`;
    for (const key of ['markerEnd', 'markerStart', 'markerMid', 'fill', 'stroke']) {
      const value = props[key];
      if (typeof value === 'string') props[key] = value.replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`);
    }
  });
}

