import { createHeadingTextBudget, readHeadingText } from './read-heading-text.ts';
import { scanTopLevelHeadings } from './scan-top-level-headings.ts';

/** A top-level heading of a doc's body, at its place in the whole file. */
export interface Heading {
  depth: number;
  text: string;
  line: number;
  column: number;
}

/**
 * Reads the top-level headings of a Markdown body as remark's parser finds them (so `#` in code blocks or list items
 * is never one), with a line scanner that takes linear time on any body, deeply nested ones included (their depth is
 * reported by `findDeepMarkdown`, not here). The text is remark's `toString` of the heading; see `readHeadingText`
 * for the bounds past which it is approximated.
 */
export function readHeadings(body: string, firstLine: number): Heading[] {
  const { headings, definitions } = scanTopLevelHeadings(body);
  const budget = createHeadingTextBudget(definitions);
  return headings.map((heading) => ({
    depth: heading.depth,
    text: readHeadingText(heading, budget),
    line: heading.line + firstLine - 1,
    column: heading.column,
  }));
}
