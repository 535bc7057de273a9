import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { bodyContext } from './body-context.ts';

/** A heading of a rendered body, for its table of contents. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Gives every heading of a body an id (GitHub's slugs, so links written for GitHub keep working) and wraps its
 * content in a link to itself. Ids the page already uses are taken first, so a body heading can never
 * duplicate them; the collected headings feed the table of contents.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const options = bodyContext(file);
    const slugger = new GithubSlugger();
    for (const id of options.reserved) slugger.slug(id);
    visit(tree, 'element', (node: Element) => {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (depth === undefined) return;
      const text = toString(node).trim();
      const slug = slugger.slug(text || 'section');
      node.properties.id = slug;
      // A heading that already holds a link keeps its content as written: links cannot nest.
      let hasLink = false;
      visit(node, 'element', (child: Element) => void (hasLink ||= child.tagName === 'a'));
      if (!hasLink) node.children = [{ type: 'element', tagName: 'a', properties: { href: `#${slug}`, className: ['heading-link'] }, children: node.children }];
      options.headings.push({ depth: Number(depth), slug, text });
    });
  };
}
