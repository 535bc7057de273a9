import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { measureDeepMarkdown } from './find-deep-markdown.ts';

/** A top-level heading of a doc's body, at its place in the whole file. */
export interface Heading {
  depth: number;
  text: string;
  line: number;
  column: number;
}

/**
 * Reads the top-level headings of a Markdown body from its syntax tree, parsed by remark's parser (so `#` in code
 * blocks is never a heading). A body that nests too deeply for the parser (see `findDeepMarkdown`, which reports it)
 * has no headings rather than a parse that would not end.
 */
export function readHeadings(body: string, firstLine: number): Heading[] {
  if (measureDeepMarkdown(body)) return [];
  const tree = fromMarkdown(body);
  const headings: Heading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || !node.position) continue;
    headings.push({
      depth: node.depth,
      text: toString(node).trim(),
      line: node.position.start.line + firstLine - 1,
      column: node.position.start.column,
    });
  }
  return headings;
}
