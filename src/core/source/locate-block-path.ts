import type { NodeRange } from './locate-path.ts';

/** One line of YAML text: where it starts, where its content starts, and the content (without the line break). */
interface Line {
  start: number;
  indent: number;
  content: string;
}

/** Past this size (a front matter is a few kilobytes) the scan is skipped: each call is linear in the text. */
const MAX_SOURCE = 32 * 1024;

/** A plain mapping key at the start of a line, followed by `:` and a space or the end of the line. */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?= |$)/;

/**
 * Finds the range of the node at a JSON path the way `locatePath` over the `yaml` library's tree would, without
 * parsing the text again: a line scan that follows block mappings and block sequences to a one-line scalar (or a key,
 * with `key: true`). It answers only when the layout is one it fully understands, checked against `data` (the same
 * keys in the same order, as many items); otherwise (flow collections, multi-line scalars, tabs, anchors, a path that
 * goes further than the document) it returns `undefined`, and the caller parses.
 */
export function locateBlockPath(source: string, data: unknown, path: readonly (string | number)[], key = false): NodeRange | undefined {
  if (path.length === 0 || source.length > MAX_SOURCE || source.includes('\t') || source.includes('\r')) return undefined;
  const lines = splitLines(source);
  return locateIn(lines, 0, data, path, key);
}

/** The lines of `lines` are a block node's content with its children at `lines[0].indent`; `value` is its data. */
function locateIn(lines: readonly Line[], depth: number, value: unknown, path: readonly (string | number)[], key: boolean): NodeRange | undefined {
  const first = lines.find(isContent);
  if (!first) return undefined;
  const indent = first.indent;
  // Every content line sits at the children's indent (a child starts there) or deeper (inside a child).
  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    if (line.indent < indent) return undefined;
    if (line.indent === indent) heads.push(i);
  }
  const segment = path[depth]!;
  const last = depth === path.length - 1;
  const isSeq = first.content === '-' || first.content.startsWith('- ');
  if (isSeq) {
    if (!Array.isArray(value) || heads.length !== value.length || typeof segment !== 'number' || (last && key)) return undefined;
    if (heads.some((h) => !(lines[h]!.content === '-' || lines[h]!.content.startsWith('- ')))) return undefined;
    const at = heads[segment];
    if (at === undefined) return undefined;
    const item = lines[at]!;
    const spaces = /^- */.exec(item.content)![0].length;
    const inner: Line = { start: item.start, indent: item.indent + spaces, content: item.content.slice(spaces) };
    const rest = lines.slice(at + 1, heads[segment + 1] ?? lines.length);
    if (inner.content === '' || KEY.test(inner.content)) {
      if (last || inner.content === '') return undefined;
      return locateIn([inner, ...rest], depth + 1, value[segment], path, key);
    }
    return last && !rest.some(isContent) ? scalarRange(inner, value[segment]) : undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (heads.length !== keys.length) return undefined;
  let found: number | undefined;
  for (let k = 0; k < heads.length; k++) {
    const match = KEY.exec(lines[heads[k]!]!.content);
    if (!match || match[1] !== keys[k]) return undefined;
    if (match[1] === String(segment)) found = k;
  }
  if (found === undefined) return undefined;
  const line = lines[heads[found]!]!;
  const name = String(segment);
  const keyStart = line.start + line.indent;
  if (last && key) return { start: keyStart, end: keyStart + name.length };
  const spaces = /^ */.exec(line.content.slice(name.length + 1))![0].length;
  const offset = name.length + 1 + spaces;
  const inline: Line = { start: line.start, indent: line.indent + offset, content: line.content.slice(offset) };
  const rest = lines.slice(heads[found]! + 1, heads[found + 1] ?? lines.length);
  const child = (value as Record<string, unknown>)[name];
  if (inline.content !== '' && !inline.content.startsWith('#')) {
    return last && !rest.some(isContent) ? scalarRange(inline, child) : undefined;
  }
  return last ? undefined : locateIn(rest, depth + 1, child, path, key);
}

/** The range of a one-line scalar, or `undefined` when the text is not one this scan reads with certainty. */
function scalarRange(line: Line, value: unknown): NodeRange | undefined {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return undefined;
  const text = line.content;
  const start = line.start + line.indent;
  const quoted = text[0] === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(text) : text[0] === "'" ? /^'(?:[^']|'')*'/.exec(text) : undefined;
  if (quoted !== undefined) {
    if (!quoted || !/^ *(#.*)?$/.test(text.slice(quoted[0].length))) return undefined;
    return { start, end: start + quoted[0].length };
  }
  // A plain scalar: not starting with an indicator, ending before a comment, with no `: ` that would make it a mapping.
  if (/^[-?:,[\]{}#&*!|>%@`]/.test(text)) return undefined;
  const comment = text.indexOf(' #');
  const plain = (comment === -1 ? text : text.slice(0, comment)).replace(/ +$/, '');
  if (plain.includes(': ') || plain.endsWith(':')) return undefined;
  return { start, end: start + plain.length };
}

function isContent(line: Line): boolean {
  return line.content !== '' && !line.content.startsWith('#');
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < source.length;) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const text = source.slice(start, end);
    // YAML indents with spaces only, and only spaces and tabs (none here) make a line blank.
    const indent = /^ */.exec(text)![0].length;
    lines.push({ start, indent, content: indent === text.length || /^ *$/.test(text) ? '' : text.slice(indent) });
    start = end + 1;
  }
  return lines;
}
