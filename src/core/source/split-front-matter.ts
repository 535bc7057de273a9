/** Where a doc's parts are, as offsets into its text. */
export interface FrontMatterSplit {
  /** Offset where the YAML starts (after the opening `---` line). */
  yamlStart: number;
  /** Offset where the YAML ends (the start of the closing `---` line). */
  yamlEnd: number;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
}

const FENCE = /^---[ \t]*\r?$/;

/**
 * Finds the `---` fenced YAML block at the top of a Markdown file.
 * Returns `undefined` when the first line is not a fence, and `'unclosed'` when no closing fence follows.
 * Written by hand rather than with gray-matter because gray-matter treats an unclosed block as
 * "the whole file is YAML" and keeps no offsets, and both matter for located errors.
 */
export function splitFrontMatter(text: string): FrontMatterSplit | 'unclosed' | undefined {
  const firstEnd = lineEnd(text, 0);
  if (!FENCE.test(text.slice(0, firstEnd))) return undefined;
  let start = firstEnd + 1;
  const yamlStart = Math.min(start, text.length);
  while (start < text.length) {
    const end = lineEnd(text, start);
    const line = text.slice(start, end);
    if (FENCE.test(line) || /^\.\.\.[ \t]*\r?$/.test(line)) {
      return { yamlStart, yamlEnd: start, bodyStart: Math.min(end + 1, text.length) };
    }
    start = end + 1;
  }
  return 'unclosed';
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
}
