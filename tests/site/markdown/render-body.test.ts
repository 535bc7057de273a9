import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../src/site/markdown/render-body.ts';

const render = (markdown: string, reservedIds: string[] = []) => renderBody(markdown, { reservedIds, prefix: 'body' });

describe('renderBody', () => {
  it('renders CommonMark and GitHub tables', async () => {
    const { html } = await render('Some *text*.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(html).toContain('<p>Some <em>text</em>.</p>');
    expect(html).toContain('<td>1</td>');
  });

  it('passes raw HTML through an allow-list: no scripts, styles, handlers, frames or forms', async () => {
    const { html } = await render([
      '<script>alert(1)</script><style>body{display:none}</style>',
      '<b onclick="alert(2)" style="color:red">bold</b>',
      '<iframe src="https://evil.example"></iframe><form action="/x"><input name=q></form>',
      '<details><summary>More</summary>kept</details>',
    ].join('\n\n'));
    expect(html).not.toMatch(/<script|alert\(1\)|<style|display:none|onclick|style=|<iframe|<form/);
    expect(html).toContain('<b>bold</b>');
    expect(html).toContain('<details><summary>More</summary>kept</details>');
  });

  it('never lets a javascript: or data: URL reach an href or src', async () => {
    const { html } = await render([
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) [d](vbscript:x)',
      '<a href="javascript:alert(1)">e</a> <a href=" javascript:alert(1)">f</a> <img src="data:image/png;base64,AAAA" alt="g">',
      '![h](javascript:alert(1))',
      '[ok](https://example.com/) [rel](../other/) [mail](mailto:a@example.com)',
    ].join('\n\n'));
    const urls = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    expect(urls).toEqual(['https://example.com/', '../other/', 'mailto:a@example.com']);
  });

  it('gives headings GitHub slugs and self-links, and never an id the page uses', async () => {
    const { html, headings } = await render('## Overview\n\n## Relationships\n\n### Fail `over`\n\n## Overview\n', ['relationships']);
    expect(headings).toEqual([
      { depth: 2, slug: 'overview', text: 'Overview' },
      { depth: 2, slug: 'relationships-1', text: 'Relationships' },
      { depth: 3, slug: 'fail-over', text: 'Fail over' },
      { depth: 2, slug: 'overview-1', text: 'Overview' },
    ]);
    expect(html).toContain('<h2 id="overview"><a href="#overview" class="heading-link">Overview</a></h2>');
    expect(html).toContain('<h2 id="relationships-1">');
  });

  it('keeps a heading that holds a link as written, since links cannot nest', async () => {
    const { html } = await render('## See [the wiki](https://example.com/)\n');
    expect(html).toBe('<h2 id="see-the-wiki">See <a href="https://example.com/">the wiki</a></h2>');
  });

  it('prefixes ids written in raw HTML so they cannot clobber the page', async () => {
    const { html } = await render('<span id="main" name="search">x</span>');
    expect(html).toContain('id="user-content-main"');
  });

  it('draws Mermaid blocks at build time, outside the search index, with their source', async () => {
    const result = await render('```mermaid\ngraph LR\n  A --> B\n```\n');
    expect(result.clientDiagrams).toBe(0);
    expect(result.html).toMatch(/^<figure class="diagram diagram-author" data-pagefind-ignore=""><div class="diagram-scroll" tabindex="0" role="group" aria-label="Diagram"><svg /);
    expect(result.html).toContain('<summary>Diagram source</summary>');
  });

  it('leaves diagram types the build cannot draw to Mermaid in the browser, and says so', async () => {
    const result = await render('```mermaid\npie title Pets\n  "Dogs" : 1\n```\n\n```js\nconst x = 1;\n```\n');
    expect(result.clientDiagrams).toBe(1);
    expect(result.html).toContain('<figure class="diagram diagram-client" data-pagefind-ignore=""><pre class="mermaid">pie title Pets');
    expect(result.html).toContain('<pre><code class="language-js">const x = 1;');
  });

  it('shows a body nested too deeply to parse as escaped text instead of parsing it', async () => {
    const body = `# T <b>\n\n${'>'.repeat(40_000)} x`;
    expect(await render(body)).toEqual({ html: `<pre># T &lt;b&gt;\n\n${'&gt;'.repeat(40_000)} x</pre>`, headings: [], clientDiagrams: 0 });
  });
});
