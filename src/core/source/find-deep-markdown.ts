import type { Finding } from '../diagnostic.ts';

/** Deepest nesting of Markdown containers (block quotes, list items) fieldguide parses, as CommonMark parsers cap it. */
export const MAX_MARKDOWN_DEPTH = 32;

/** Where a body first nests past the limit: a 1-based line and column within the body, and that line's depth. */
export interface DeepMarkdown {
  line: number;
  column: number;
  depth: number;
}

/**
 * The `too-deeply-nested` finding for a body whose block quotes and list items nest deeper than `limit`, at the
 * marker that passes it, or `undefined`. remark's parser takes time quadratic in that depth (40,000 `>` on one line
 * ran for minutes), so a body this finds is never parsed.
 */
export function findDeepMarkdown(file: string, body: string, bodyLine: number, limit = MAX_MARKDOWN_DEPTH): Finding | undefined {
  const deep = measureDeepMarkdown(body, limit);
  if (!deep) return undefined;
  return {
    file, line: bodyLine + deep.line - 1, column: deep.column, rule: 'too-deeply-nested',
    message: `The Markdown body nests ${deep.depth.toLocaleString('en-US')} levels deep here; fieldguide reads at most ${limit}.`,
    hint: 'Block quotes (`>`) and list items nest; flatten them, or put the text in a fenced code block.',
  };
}

/**
 * Where container nesting first passes `limit`, or `undefined`. A linear bound comes first and settles every
 * hand-written body; only a body whose bound passes the limit is measured by following its containers line by line.
 */
export function measureDeepMarkdown(body: string, limit = MAX_MARKDOWN_DEPTH): DeepMarkdown | undefined {
  if (depthBound(body) <= limit) return undefined;
  return followContainers(body, limit);
}

/**
 * Each container a line continues or opens takes at least one column of its leading run of spaces, tabs and markers
 * (`>` one, a list item two: its marker and a space, or the indentation that continues it), and a line that
 * continues none (lazy or blank) opens none, so no line nests deeper than its leading run allows.
 */
function depthBound(body: string): number {
  let bound = 0;
  for (let start = 0; start < body.length;) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    let quotes = 0;
    let columns = 0;
    for (let i = start; i < end; i++) {
      const c = body.charCodeAt(i);
      if (c === GT) quotes++;
      else if (c === TAB) columns += 4;
      else if (c === SPACE || c === DASH || c === PLUS || c === STAR || c === DOT || c === PAREN || (c >= 48 && c <= 57)) columns++;
      else break;
    }
    bound = Math.max(bound, quotes + Math.ceil(columns / 2));
    start = end + 1;
  }
  return bound;
}

type Container = { quote: true } | { quote: false; indent: number };

/**
 * Follows block quotes and list items the way CommonMark does, closely enough to err only towards deeper: a line
 * continues a quote with `>` and a list item with its indentation (or by being blank), a paragraph line that
 * continues fewer is lazy and keeps them all, and nothing opens inside a fenced code block.
 */
function followContainers(body: string, limit: number): DeepMarkdown | undefined {
  const stack: Container[] = [];
  let fence: { char: number; length: number; depth: number } | undefined;
  let paragraph = false;
  let lineNumber = 0;
  for (let start = 0; start < body.length;) {
    lineNumber++;
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const line = body.slice(start, end);
    start = end + 1;
    let pos = 0;
    let matched = 0;
    for (const container of stack) {
      const ws = whitespace(line, pos, 16);
      if (container.quote) {
        if (ws.columns > 3 || line.charCodeAt(ws.end) !== GT) break;
        pos = ws.end + 1;
        if (line.charCodeAt(pos) === SPACE) pos++;
      } else if (ws.end < line.length) {
        if (ws.columns < container.indent) break;
        pos = skipColumns(line, pos, container.indent);
      }
      matched++;
    }
    const rest = whitespace(line, pos);
    const blank = rest.end === line.length;
    if (matched < stack.length) {
      if (blank || !paragraph || startsBlock(line, pos)) {
        stack.length = matched;
        if (fence && fence.depth > matched) fence = undefined;
      }
    }
    if (fence) {
      if (closesFence(line, pos, fence)) fence = undefined;
      paragraph = false;
      continue;
    }
    for (;;) {
      const ws = whitespace(line, pos, 4);
      if (ws.columns > 3) break;
      const opened = openContainer(line, ws.end);
      if (!opened) break;
      stack.push(opened.container);
      if (stack.length === limit + 1) {
        return { line: lineNumber, column: ws.end + 1, depth: stack.length + countMarkers(line, opened.next) };
      }
      pos = opened.next;
    }
    fence = opensFence(line, pos, stack.length);
    paragraph = !fence && whitespace(line, pos).end < line.length && !startsBlock(line, pos);
  }
  return undefined;
}

/** A container marker at `at`: `>`, or a list item's bullet or number followed by a space, a tab or the line end. */
function openContainer(line: string, at: number): { container: Container; next: number } | undefined {
  const c = line.charCodeAt(at);
  if (c === GT) return { container: { quote: true }, next: at + 1 + (line.charCodeAt(at + 1) === SPACE ? 1 : 0) };
  let markerEnd = at;
  if (c === DASH || c === PLUS || c === STAR) {
    if (c !== PLUS && isThematicBreak(line, at, c)) return undefined;
    markerEnd = at + 1;
  } else {
    while (markerEnd - at < 9 && isDigit(line.charCodeAt(markerEnd))) markerEnd++;
    const d = line.charCodeAt(markerEnd);
    if (markerEnd === at || (d !== DOT && d !== PAREN)) return undefined;
    markerEnd++;
  }
  const after = line.charCodeAt(markerEnd);
  if (markerEnd < line.length && after !== SPACE && after !== TAB) return undefined;
  const ws = whitespace(line, markerEnd, 5);
  // One to four spaces after the marker set the content's indent; more (or none, at the line end) count as one.
  const gap = ws.end === line.length || ws.columns > 4 ? 1 : ws.columns;
  return { container: { quote: false, indent: markerEnd - at + gap }, next: Math.min(markerEnd + gap, ws.end) };
}

/** How many more containers the rest of a line opens (for the message only). */
function countMarkers(line: string, from: number): number {
  let n = 0;
  for (let pos = from; ;) {
    const ws = whitespace(line, pos, 4);
    const opened = ws.columns <= 3 ? openContainer(line, ws.end) : undefined;
    if (!opened) return n;
    n++;
    pos = opened.next;
  }
}

/** A line that starts a block of its own, so it cannot be a lazy continuation of a paragraph. */
function startsBlock(line: string, pos: number): boolean {
  const ws = whitespace(line, pos, 4);
  if (ws.columns > 3) return false;
  if (openContainer(line, ws.end) || opensFence(line, ws.end, 0)) return true;
  const c = line.charCodeAt(ws.end);
  if (c === HASH) return /^#{1,6}(?:[ \t]|$)/.test(line.slice(ws.end, ws.end + 8));
  return (c === DASH || c === STAR || c === UNDERSCORE) && isThematicBreak(line, ws.end, c);
}

function opensFence(line: string, pos: number, depth: number): { char: number; length: number; depth: number } | undefined {
  const ws = whitespace(line, pos, 4);
  const char = line.charCodeAt(ws.end);
  if (ws.columns > 3 || (char !== BACKTICK && char !== TILDE)) return undefined;
  let end = ws.end;
  while (line.charCodeAt(end) === char) end++;
  if (end - ws.end < 3) return undefined;
  // A backtick fence's info string has no backtick (otherwise the line is a code span).
  if (char === BACKTICK && line.indexOf('`', end) !== -1) return undefined;
  return { char, length: end - ws.end, depth };
}

function closesFence(line: string, pos: number, fence: { char: number; length: number }): boolean {
  const ws = whitespace(line, pos, 4);
  if (ws.columns > 3) return false;
  let end = ws.end;
  while (line.charCodeAt(end) === fence.char) end++;
  return end - ws.end >= fence.length && whitespace(line, end).end === line.length;
}

/** Three or more of the same `-`, `*` or `_` from `at` to the line end, with only spaces and tabs between. */
function isThematicBreak(line: string, at: number, char: number): boolean {
  // Asked at every marker of `* * * … x`, so where the line's tail of `char`s and blanks starts is found once per line.
  if (line !== tails.line) tails = { line, start: new Map() };
  let tail = tails.start.get(char);
  if (tail === undefined) {
    tail = line.length;
    while (tail > 0 && [char, SPACE, TAB].includes(line.charCodeAt(tail - 1))) tail--;
    tails.start.set(char, tail);
  }
  if (at < tail) return false;
  let count = 0;
  for (let i = at; i < line.length && count < 3; i++) if (line.charCodeAt(i) === char) count++;
  return count >= 3;
}
let tails: { line: string; start: Map<number, number> } = { line: '', start: new Map() };

/** The spaces and tabs from `pos`: where they end, and how many columns they take (a tab to the next stop of 4). */
function whitespace(line: string, pos: number, max = Infinity): { end: number; columns: number } {
  let end = pos;
  let columns = 0;
  for (; columns <= max;) {
    const c = line.charCodeAt(end);
    if (c === SPACE) columns++;
    else if (c === TAB) columns += 4 - (columns % 4);
    else return { end, columns };
    end++;
  }
  return { end, columns };
}

function skipColumns(line: string, pos: number, columns: number): number {
  let end = pos;
  for (let taken = 0; taken < columns;) {
    const c = line.charCodeAt(end);
    if (c === TAB) taken += 4 - (taken % 4);
    else if (c === SPACE) taken++;
    else break;
    end++;
  }
  return end;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const [TAB, SPACE, HASH, PAREN, STAR, PLUS, DASH, DOT, GT, UNDERSCORE, BACKTICK, TILDE] =
  [9, 32, 35, 41, 42, 43, 45, 46, 62, 95, 96, 126] as const;
