import { Lexer, Parser } from 'yaml';

/** Deepest nesting of YAML collections the readers accept: far beyond any hand-written file, far below a stack overflow. */
export const MAX_YAML_DEPTH = 64;

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * The offset where the YAML's collections first nest deeper than `limit`, or `undefined`.
 * The YAML readers recurse once per level, so this runs before them. A linear scan bounds the depth from above first;
 * only a text whose bound passes the limit (never a hand-written doc) is measured exactly, with `yaml`'s own lexer and
 * parser, which keep an explicit stack instead of recursing, and which stop at the first collection past the limit.
 * `exact` skips the bound (for a text a reader already failed on).
 */
export function findDeepNesting(source: string, limit = MAX_YAML_DEPTH, exact = false): number | undefined {
  if (!exact && depthBound(source) <= limit) return undefined;
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(source)) {
    for (const _token of parser.next(lexeme)) {
      // Finished top-level tokens are not needed: only the stack of open ones is.
    }
    let depth = 0;
    for (const token of parser.stack) {
      if (COLLECTIONS.has(token.type) && ++depth > limit) return token.offset;
    }
  }
  return undefined;
}

/**
 * An upper bound of the nesting depth. A nested block collection starts at a column no smaller than its parent's, and
 * a larger one at least every second level, so block nesting is at most twice the largest column where a line's content
 * starts (after its indentation and any `- `, `? `, `: ` indicators); flow nesting is at most the number of `[` and `{`.
 */
function depthBound(source: string): number {
  let widest = 0;
  let i = 0;
  while (i < source.length) {
    const lineStart = i;
    let c = source.charCodeAt(i);
    while (c === SPACE || c === TAB) c = source.charCodeAt(++i);
    while ((c === DASH || c === QUESTION || c === COLON) && isBlank(source.charCodeAt(i + 1))) {
      c = source.charCodeAt(++i);
      while (c === SPACE || c === TAB) c = source.charCodeAt(++i);
    }
    if (i - lineStart > widest) widest = i - lineStart;
    const end = source.indexOf('\n', i);
    i = end === -1 ? source.length : end + 1;
  }
  return 2 * (widest + 1) + count(source, '[') + count(source, '{');
}

function count(source: string, char: string): number {
  let n = 0;
  for (let i = source.indexOf(char); i !== -1; i = source.indexOf(char, i + 1)) n++;
  return n;
}

const [SPACE, TAB, DASH, QUESTION, COLON] = [' ', '\t', '-', '?', ':'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number];

/** Blank after an indicator: a space, a tab, a line end, or the end of the text (`NaN`). */
function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === 10 || c === 13 || Number.isNaN(c);
}
