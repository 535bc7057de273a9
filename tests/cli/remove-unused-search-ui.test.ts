import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeUnusedSearchUi } from '../../src/cli/remove-unused-search-ui.ts';
import { makeProject } from '../helpers/run-cli.ts';

const PAGEFIND = {
  'pagefind/pagefind.js': 'import("./pagefind-worker.js")',
  'pagefind/pagefind-worker.js': '',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/pagefind-ui.js': 'new PagefindUI() /* pagefind-ui.css */',
  'pagefind/pagefind-ui.css': '',
  'pagefind/pagefind-modular-ui.js': '',
  'pagefind/pagefind-modular-ui.css': '',
  'pagefind/pagefind-component-ui.js': '',
  'pagefind/pagefind-component-ui.css': '',
  'pagefind/pagefind-highlight.js': '',
};

describe('removeUnusedSearchUi', () => {
  it('removes every stock UI file when the site uses only the pagefind.js API', async () => {
    const site = makeProject({ ...PAGEFIND, 'index.html': '<script src="/_astro/search.js"></script>', '_astro/search.js': 'import(`${base}pagefind/pagefind.js`)' });
    expect(await removeUnusedSearchUi(site)).toEqual([
      'pagefind-component-ui.css', 'pagefind-component-ui.js', 'pagefind-highlight.js', 'pagefind-modular-ui.css', 'pagefind-modular-ui.js', 'pagefind-ui.css', 'pagefind-ui.js',
    ]);
    expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(['pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js']);
  });

  it('keeps a stock UI file that a page names (a stock UI file naming another does not count)', async () => {
    const site = makeProject({ ...PAGEFIND, 'search/index.html': '<script src="/pagefind/pagefind-ui.js"></script>' });
    await removeUnusedSearchUi(site);
    expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(['pagefind-entry.json', 'pagefind-ui.js', 'pagefind-worker.js', 'pagefind.js']);
  });

  it('does nothing to a site without a search index', async () => {
    expect(await removeUnusedSearchUi(makeProject({ 'index.html': '' }))).toEqual([]);
  });
});
