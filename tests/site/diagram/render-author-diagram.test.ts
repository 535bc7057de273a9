import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderAuthorDiagram } from '../../../src/site/diagram/render-author-diagram.ts';

describe('renderAuthorDiagram', () => {
  it('draws a flowchart at build time as SVG themed by the site', () => {
    const svg = toHtml(renderAuthorDiagram('graph LR\n  A[Push] --> B[Build]', 'body-0')!, { space: 'svg' });
    expect(svg).toMatch(/^<svg [^>]*class="diagram-svg"[^>]*role="img"/);
    expect(svg).toContain('>Push</text>');
    expect(svg).not.toMatch(/<style|@import|fonts\.googleapis/);
  });

  it('prefixes ids so two diagrams on a page never share one', () => {
    const svg = toHtml(renderAuthorDiagram('graph LR\n  A --> B', 'body-3')!, { space: 'svg' });
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id!.startsWith('body-3-'))).toBe(true);
    expect(svg).toContain('url(#body-3-');
  });

  it('lets nothing from the source become markup: styles, handlers and links are dropped', () => {
    const source = [
      'graph LR',
      '  A["<img src=x onerror=alert(1)>"] --> B',
      '  classDef evil fill:#f00" onload="alert(1)',
      '  class A evil',
      '  click A "javascript:alert(1)"',
    ].join('\n');
    const tree = renderAuthorDiagram(source, 'b')!;
    const elements = new Set<string>();
    const attributes = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      elements.add(node.tagName);
      for (const [name, value] of Object.entries(node.properties)) attributes.add(`${name}${name === 'fill' ? `=${String(value)}` : ''}`);
    });
    expect([...elements].every((e) => ['svg', 'g', 'defs', 'marker', 'rect', 'polygon', 'polyline', 'path', 'text', 'tspan'].includes(e))).toBe(true);
    expect([...attributes].filter((a) => /^on|href|style|fill=.*alert/i.test(a))).toEqual([]);
    expect(toHtml(tree, { space: 'svg' })).toContain('&#x3C;img src=x onerror=alert(1)>');
  });

  it('leaves types it cannot draw, and sources that do not parse, to Mermaid in the browser', () => {
    expect(renderAuthorDiagram('pie title Pets\n  "Dogs" : 386', 'b')).toBeUndefined();
    expect(renderAuthorDiagram('gantt\n  title A', 'b')).toBeUndefined();
    expect(renderAuthorDiagram('%% just a comment', 'b')).toBeUndefined();
  });

  it('draws sequence diagrams too', () => {
    expect(renderAuthorDiagram('sequenceDiagram\n  Alice->>Bob: Hello', 'b')).toBeDefined();
  });
});
