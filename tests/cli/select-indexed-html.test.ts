import { describe, expect, it } from 'vitest';
import { selectIndexedHtml } from '../../src/cli/select-indexed-html.ts';

describe('selectIndexedHtml', () => {
  it('sends no page that Pagefind would not index: one without a data-pagefind-body element', () => {
    expect(selectIndexedHtml('<html><body><main><table><tr><td>x</td></tr></table></main></body></html>')).toBeUndefined();
  });

  it('cuts out every element marked data-pagefind-ignore="all", nested elements of its kind included', () => {
    const page = '<header data-pagefind-ignore="all"><nav>menu</nav></header><article data-pagefind-body><h1>Pulse</h1>'
      + '<section aria-labelledby="impact" data-pagefind-ignore="all"><section><h3>inner</h3></section><p>impact</p></section>'
      + '<section aria-labelledby="experts"><p>Hannah</p></section></article><footer data-pagefind-ignore="all">x</footer>';
    expect(selectIndexedHtml(page)).toBe('<article data-pagefind-body><h1>Pulse</h1><section aria-labelledby="experts"><p>Hannah</p></section></article>');
  });

  it('keeps what is only partly ignored, and an element whose end is missing', () => {
    const page = '<article data-pagefind-body><a href="/e" data-pagefind-ignore>Edit</a><div data-pagefind-ignore="all"><p>open</p></article>';
    expect(selectIndexedHtml(page)).toBe(page);
  });

  it('keeps the search facets and the text after a self-closing element of the same name', () => {
    const page = '<article data-pagefind-body><svg data-pagefind-ignore="all"><svg/><g>d</g></svg><span data-pagefind-filter="type">system</span></article>';
    expect(selectIndexedHtml(page)).toBe('<article data-pagefind-body><span data-pagefind-filter="type">system</span></article>');
  });
});
