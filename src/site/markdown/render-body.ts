import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { measureDeepMarkdown } from '../../core/source/find-deep-markdown.ts';
import { escapeHtml } from '../escape-html.ts';
import type { BodyContext } from './body-context.ts';
import { rehypeHeadingAnchors, type BodyHeading } from './rehype-heading-anchors.ts';
import { rehypeMermaidBlocks } from './rehype-mermaid-blocks.ts';
import { BODY_SCHEMA } from './sanitize-schema.ts';

/** A system's Markdown body as HTML, with what the page needs to know about it. */
export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
  /** Mermaid blocks the build could not draw; the page loads Mermaid only when this is above 0. */
  clientDiagrams: number;
}

/** Settings for one body. */
export interface RenderBodyOptions {
  /** Ids the page itself uses; body headings never take them. */
  reservedIds: readonly string[];
  /** Prefix for ids inside the body's diagrams, unique on the page. */
  prefix: string;
}

/** The pipeline, built once: raw HTML is parsed only for bodies that can contain it, and always sanitized. */
function pipeline(raw: boolean) {
  const base = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: raw });
  return (raw ? base.use(rehypeRaw) : base)
    .use(rehypeSanitize, BODY_SCHEMA)
    .use(rehypeHeadingAnchors)
    .use(rehypeMermaidBlocks)
    .use(rehypeStringify)
    .freeze();
}
const WITH_RAW_HTML = pipeline(true);
const WITHOUT_RAW_HTML = pipeline(false);

/**
 * Renders a body the way GitHub would (CommonMark + GFM), then passes raw HTML through an allow-list sanitizer
 * before anything else touches it; headings get anchors, Mermaid blocks become diagrams. Pure: the content
 * loader calls it, and so do the tests.
 */
export async function renderBody(markdown: string, options: RenderBodyOptions): Promise<RenderedBody> {
  // `check` reports a body nested too deeply for the parser (`too-deeply-nested`); shown as text, it never hangs a build.
  if (measureDeepMarkdown(markdown)) return { html: `<pre>${escapeHtml(markdown)}</pre>`, headings: [], clientDiagrams: 0 };
  const context: BodyContext = { reserved: options.reservedIds, prefix: options.prefix, headings: [], clientBlocks: 0 };
  // Without a `<` there is no raw HTML (nor an autolink), so the costly HTML re-parse can be skipped.
  const processor = markdown.includes('<') ? WITH_RAW_HTML : WITHOUT_RAW_HTML;
  const file = await processor.process({ value: markdown, data: { body: context } });
  return { html: String(file), headings: context.headings, clientDiagrams: context.clientBlocks };
}
