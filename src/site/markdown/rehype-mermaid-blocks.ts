import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { renderAuthorDiagram } from '../diagram/render-author-diagram.ts';
import { bodyContext } from './body-context.ts';

/**
 * Turns fenced ```` ```mermaid ```` blocks into diagrams: drawn as SVG at build time when possible, otherwise
 * marked `mermaid` for the browser (the page then loads Mermaid, at its strict security level). Either way the
 * block is kept out of the search index and its source stays readable.
 */
export function rehypeMermaidBlocks() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const options = bodyContext(file);
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || parent === undefined || index === undefined) return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      const classes = code?.properties.className;
      if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return;
      const source = toString(code);
      const svg = renderAuthorDiagram(source, `${options.prefix}-${count++}`);
      if (!svg) options.clientBlocks++;
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: svg ? ['diagram', 'diagram-author'] : ['diagram', 'diagram-client'], dataPagefindIgnore: '' },
        children: svg
          // The box scrolls when the diagram is wide; a tab stop lets keyboard users scroll it too.
          ? [{ type: 'element', tagName: 'div', properties: { className: ['diagram-scroll'], tabIndex: 0, role: 'group', ariaLabel: 'Diagram' }, children: [svg] }, details(source)]
          : [{ type: 'element', tagName: 'pre', properties: { className: ['mermaid'] }, children: [{ type: 'text', value: source }] }],
      };
      parent.children[index] = figure;
      return SKIP;
    });
  };
}

function details(source: string): ElementContent {
  return {
    type: 'element',
    tagName: 'details',
    properties: { className: ['diagram-source'] },
    children: [
      { type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: 'Diagram source' }] },
      { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: source }] }] },
    ],
  };
}
