import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { ScannedHeading } from './scan-top-level-headings.ts';

/** Most headings per body whose text remark's parser reads; past it the text is stripped by `stripInlineMarkup`. */
export const MAX_TEXT_PARSES = 1000;
/** Longest heading content remark's parser reads; a longer one is stripped by `stripInlineMarkup`. */
export const MAX_PARSED_TEXT = 1000;

/** What one body's headings share: the parses left, parsed texts by input, and the body's reference definitions. */
export interface HeadingTextBudget {
  parses: number;
  /** Texts already read, by raw content: ATX headings' and setext headings' apart. */
  atx: Map<string, string>;
  setext: Map<string, string>;
  /** The body's single-line link reference definitions, so `[x]` in a heading resolves as it does in the body. */
  definitions: string;
}

/** A fresh budget for one body's headings. */
export function createHeadingTextBudget(definitions: readonly string[]): HeadingTextBudget {
  return { parses: MAX_TEXT_PARSES, atx: new Map(), setext: new Map(), definitions: definitions.length > 0 ? `\n\n${definitions.join('\n\n')}` : '' };
}

const LIST_MARKER = /^(\d{0,9})([-+*.)])(?=[ \t\r\n]|$)/;
const INLINE_SPECIAL = /[\\`*_[\]<>&!~|\0]/;

/**
 * A heading's text as remark's `toString(heading).trim()` gives it. Plain content (no character that inline Markdown
 * gives a meaning) is read directly; other content is parsed alone by remark's parser (with the body's one-line
 * definitions), at most `MAX_TEXT_PARSES` times per body (identical contents are read once) and only up to
 * `MAX_PARSED_TEXT` characters. Past those bounds the text comes from `stripInlineMarkup`, which can differ from
 * remark's (emphasis inside words, nested brackets, code spans holding `*`, named entities other than the XML ones).
 */
export function readHeadingText(heading: ScannedHeading, budget: HeadingTextBudget): string {
  const { raw, kind } = heading;
  if (!INLINE_SPECIAL.test(raw)) return kind === 'atx' ? raw : joinSetextLines(raw);
  const cache = kind === 'atx' ? budget.atx : budget.setext;
  const cached = cache.get(raw);
  if (cached !== undefined) return cached;
  let text: string | undefined;
  if (budget.parses > 0 && raw.length <= MAX_PARSED_TEXT) {
    budget.parses--;
    // Alone, a paragraph's first line could open a list item that its context did not allow: escape the marker.
    const source = kind === 'atx' ? `# ${raw} #` : `${raw.replace(LIST_MARKER, '$1\\$2')}\n===`;
    const definitions = raw.includes(']') ? budget.definitions : '';
    const node = fromMarkdown(source + definitions).children.find((child) => child.type === 'heading');
    if (node) text = toString(node).trim();
  }
  text ??= stripInlineMarkup(kind === 'atx' ? raw : joinSetextLines(raw));
  cache.set(raw, text);
  return text;
}

/**
 * A setext paragraph's lines as remark joins them: each line without its indentation, a line ending kept, except
 * after two or more trailing spaces (a hard break, which adds no text); trailing whitespace dropped.
 */
function joinSetextLines(raw: string): string {
  const parts = raw.split(/(\r\n?|\n)/);
  let text = '';
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!.replace(/^[ \t]+/, '');
    const trimmed = line.replace(/[ \t]+$/, '');
    text += trimmed;
    if (i + 1 < parts.length) {
      const trailing = line.slice(trimmed.length);
      if (!(trailing.length >= 2 && !trailing.includes('\t'))) text += parts[i + 1];
    }
  }
  return text.trim();
}

/**
 * A deterministic approximation of a heading's text for content past the parsing bounds, in linear time: backslash
 * escapes and the XML and numeric entities decoded, link destinations dropped, and `*`, `` ` ``, `[`, `]`, `![` and
 * autolink brackets removed, `_` too where it touches a non-word character.
 */
export function stripInlineMarkup(text: string): string {
  const parts = text.split(/\\([!-/:-@[-`{-~])/);
  // Odd parts are escaped characters, kept as they are.
  return parts.map((part, i) => i % 2 === 1 ? part : part
    .replace(/\]\([^()\s]{0,300}(?:[ \t]+"[^"]{0,300}")?\)/g, '')
    .replace(/<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]{0,300}|[^\s<>@]{1,64}@[^\s<>]{1,300})>/g, '$1')
    .replace(/!\[|[[\]`*]/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/&(amp|lt|gt|quot|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g, (_m, name: string, dec?: string, hex?: string) => decodeEntity(name, dec, hex)))
    .join('')
    .trim();
}

function decodeEntity(name: string, dec: string | undefined, hex: string | undefined): string {
  if (name === 'amp') return '&';
  if (name === 'lt') return '<';
  if (name === 'gt') return '>';
  if (name === 'quot') return '"';
  const value = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
  return value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff) ? String.fromCodePoint(value) : '\ufffd';
}
