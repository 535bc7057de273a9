import type { YAMLError } from 'yaml';

/** A YAML syntax error in plain words: where (an offset into the YAML text), what, and how to fix it. */
export interface YamlProblem {
  offset: number;
  /** One sentence, ending with the library's error code in parentheses, such as `(TAB_AS_INDENT)`. */
  message: string;
  hint?: string;
}

/**
 * Turns the `yaml` library's errors into one problem per mistake, each at the line that has it, in plain words.
 * One mistake often makes the parser lose its place, and everything it reads after that is an error too (one tab
 * in a list gave 21): so an error is dropped when an earlier one is on the same line or inside the same block (the
 * lines up to the next one indented less than the mistake's line), and after an error past the end of the
 * document's contents (a stray `]`), the rest is not read at all.
 */
export function describeYamlErrors(source: string, errors: readonly YAMLError[], contentsEnd = source.length): YamlProblem[] {
  const problems: YamlProblem[] = [];
  let blockEnd = -1;
  for (const error of errors) {
    const problem = describe(source, error);
    if (problem.offset < blockEnd) continue;
    problems.push(problem);
    if (error.pos[0] >= contentsEnd) break;
    blockEnd = endOfBlock(source, problem.offset);
  }
  return problems;
}

function describe(source: string, error: YAMLError): YamlProblem {
  const offset = error.pos[0];
  const code = error.code;
  const line = lineAt(source, offset);
  const text = source.slice(line.start, line.end);
  switch (code) {
    case 'TAB_AS_INDENT':
      return { offset, message: `Indentation uses a tab; YAML allows only spaces (${code}).`, hint: 'Replace the tab with spaces, as many as the lines around it use.' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const colon = /:(?=\s)/.exec(source.slice(offset, line.end));
      if (colon && offset > line.start + indentOf(text) && /:\s/.test(text)) {
        // `summary: a: b`: the value holds a second `: `.
        const key = /^\s*(?:-\s+)?([^:]+):/.exec(text)?.[1]?.trim() ?? 'the key';
        const value = source.slice(offset, line.end).trim();
        return {
          offset: offset + colon.index, message: `The value of \`${key}\` contains \`: \`, which YAML reads as the start of another key (${code}).`,
          hint: `Quote the whole value: \`${key}: "${value.replace(/"/g, '\\"')}"\`.`,
        };
      }
      const next = nextLine(source, line.end);
      if (offset > line.start + indentOf(text) && next && indentOf(next.text) > indentOf(text)) {
        // A plain value followed by a line indented deeper: the extra indentation is the mistake.
        const extra = next.start + indentOf(text);
        return {
          offset: extra, message: `Unexpected indentation: this line is indented more than the line above, so YAML reads it as part of that value (${code}).`,
          hint: 'Line it up with the keys around it; only a list or a mapping goes indented under its key.',
        };
      }
      if (/^\s*(?:-\s+)?[^\s:#][^:]*:[^\s]/.test(text)) {
        const [, word] = /^\s*(?:-\s+)?(\S+)/.exec(text) ?? [];
        return { offset, message: `Missing space after the colon in \`${word}\` (${code}).`, hint: 'Write `key: value`: YAML needs a space after the colon.' };
      }
      return { offset, message: `Expected \`key: value\` on this line, found no \`: \` (${code}).`, hint: 'Add a colon and a space after the key, or indent the line if it continues the value above.' };
    }
    case 'BAD_INDENT': {
      const bracket = unclosedBracket(previousText(source, line.start));
      if (bracket) {
        const [close, what] = bracket === '[' ? [']', 'list'] : ['}', 'mapping'];
        return { offset: closeOffset(source, line.start), message: `The \`${bracket}\` opened on this line is never closed with \`${close}\` (${code}).`, hint: `Add the \`${close}\` at the end of the ${what}.` };
      }
    }
    // falls through: the line is indented, not bracketed, wrongly
      return { offset: line.start, message: `Unexpected indentation: this line does not line up with the entries above it (${code}).`, hint: 'Indent it exactly as much as the other entries of the same list or mapping.' };
    case 'MISSING_CHAR': {
      const opened = offset >= source.trimEnd().length - 1 ? unclosedQuote(source) : undefined;
      if (opened !== undefined) {
        const quote = source[opened]!;
        return { offset: opened, message: `The quote \`${quote}\` opened here is never closed (${code}).`, hint: `Add the closing \`${quote}\` at the end of the value.` };
      }
      return { offset, message: `${firstSentence(error.message)} (${code}).` };
    }
    case 'BAD_SCALAR_START': {
      const char = source[offset] === '`' ? '`` ` ``' : `\`${source[offset] ?? ''}\``;
      if (offset === line.start + indentOf(text)) {
        return { offset, message: `A key cannot start with ${char} unless it is quoted (${code}).`, hint: 'Delete the character, or quote the key.' };
      }
      return { offset, message: `A value cannot start with ${char} unless it is quoted (${code}).`, hint: `Quote the whole value: \`"${source.slice(offset, line.end).trim().replace(/"/g, '\\"')}"\`.` };
    }
    case 'UNEXPECTED_TOKEN': {
      const first = nextLine(source, -1);
      if (first && indentOf(first.text) > 0 && indentOf(text) === 0 && first.start < line.start) {
        // ` name: X` then `owner: y`: the stray is the first line's indentation, not the next key.
        return { offset: first.start, message: `Unexpected indentation: the first line is indented, so the keys after it cannot be read (${code}).`, hint: 'Start every top-level key at the beginning of its line.' };
      }
      const stray = source.slice(offset, Math.max(offset + 1, error.pos[1])).trim() || source[offset] || '';
      return { offset, message: `Unexpected \`${stray}\`: YAML cannot read it here (${code}).`, hint: 'Delete it, or quote the whole value if it belongs to it.' };
    }
    default:
      return { offset, message: `${firstSentence(error.message)} (${code}).` };
  }
}

/**
 * The offset of the first quote that opens a value (after `key: ` or `- `) and is not closed on its line: the
 * likeliest culprit when the parser reaches the end of the text still inside a quoted value.
 */
function unclosedQuote(source: string): number | undefined {
  const value = /^[ \t]*(?:-[ \t]+)*(?:[^\s#"'][^:#\n]*:[ \t]+|-[ \t]+)?(["'])/gm;
  for (let match = value.exec(source); match; match = value.exec(source)) {
    const open = match.index + match[0].length - 1;
    const quote = match[1]!;
    const end = source.indexOf('\n', open);
    const rest = source.slice(open + 1, end === -1 ? source.length : end);
    const closed = quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : /'/.test(rest.replace(/''/g, ''));
    if (!closed) return open;
  }
  return undefined;
}

/** Where the block holding the line at `offset` ends: the next line indented less (blank and comment lines aside). */
function endOfBlock(source: string, offset: number): number {
  const line = lineAt(source, offset);
  const indent = Math.max(1, indentOf(source.slice(line.start, line.end)));
  for (let next = nextLine(source, line.end); next; next = nextLine(source, next.end)) {
    if (indentOf(next.text) < indent) return next.start;
  }
  return source.length + 1;
}

function lineAt(source: string, offset: number): { start: number; end: number } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const newline = source.indexOf('\n', offset);
  return { start, end: newline === -1 ? source.length : newline };
}

/** The next line after the newline at `end` that is neither blank nor a comment. */
function nextLine(source: string, end: number): { start: number; end: number; text: string } | undefined {
  for (let start = end + 1; start <= source.length && end < source.length; ) {
    const newline = source.indexOf('\n', start);
    const stop = newline === -1 ? source.length : newline;
    const text = source.slice(start, stop);
    if (text.trim() !== '' && !text.trimStart().startsWith('#')) return { start, end: stop, text };
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  return undefined;
}

function previousText(source: string, lineStart: number): string {
  if (lineStart === 0) return '';
  const start = source.lastIndexOf('\n', lineStart - 2) + 1;
  return source.slice(start, lineStart - 1);
}

/** The bracket a line opens and never closes (outside quotes), if any. */
function unclosedBracket(text: string): '[' | '{' | undefined {
  const open: string[] = [];
  const plain = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|\s#.*$/g, '');
  for (const char of plain) {
    if (char === '[' || char === '{') open.push(char);
    else if (char === ']' || char === '}') open.pop();
  }
  return open[0] as '[' | '{' | undefined;
}

/** The end of the line above `lineStart`, where a missing closing bracket belongs. */
function closeOffset(source: string, lineStart: number): number {
  return Math.max(0, source.slice(0, Math.max(0, lineStart - 1)).trimEnd().length - 1);
}

/** Leading spaces and tabs. */
function indentOf(text: string): number {
  return text.length - text.replace(/^[ \t]+/, '').length;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.trim().replace(/[.:]$/, '').replace(/ at line \d+, column \d+$/, '');
}
