import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * The allow-list for raw HTML in system bodies: GitHub's own (no scripts, styles, event handlers or frames;
 * `href` only with http, https, mailto and relative URLs; `src` only http and https), so a doc renders here
 * the way it renders on GitHub. Ids written in raw HTML are prefixed (`user-content-`) so they cannot
 * clobber the page's own ids.
 */
export const BODY_SCHEMA: Schema = {
  ...defaultSchema,
  strip: ['script', 'style', 'template', 'noscript'],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'], longDesc: ['http', 'https'] },
};

const SVG_ATTRIBUTES = [
  'className', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points',
  'fill', 'fillOpacity', 'stroke', 'strokeWidth', 'strokeDasharray', 'strokeLinejoin', 'strokeLinecap', 'strokeOpacity', 'opacity',
  'transform', 'textAnchor', 'dominantBaseline', 'fontSize', 'fontWeight', 'fontStyle', 'dx', 'dy',
  'markerEnd', 'markerStart', 'markerMid', 'viewBox', 'refX', 'refY', 'markerWidth', 'markerHeight', 'orient', 'id',
];

/**
 * The allow-list for SVG drawn at build time from author-written Mermaid: shapes, text and markers only.
 * No `style`, no `<style>`, no `<foreignObject>`, no links or event handlers, so nothing in a diagram's
 * source can reach the page as markup.
 */
export const SVG_SCHEMA: Schema = {
  tagNames: ['svg', 'g', 'defs', 'marker', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'title', 'desc'],
  attributes: { '*': SVG_ATTRIBUTES, svg: [...SVG_ATTRIBUTES, 'xmlns', 'role', 'ariaLabel'] },
  clobber: [],
  strip: ['script', 'style', 'foreignObject'],
  protocols: {},
};
