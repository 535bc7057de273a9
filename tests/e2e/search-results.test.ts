// The search finds the same pages for the same queries, whatever is done to make the index cheaper to build
// (issue 12). search-results.json holds, for a fixed set of queries a reader of the example catalog types, the
// pages Pagefind returned before the index was narrowed to what readers search; this test asks the built
// site's own index the same questions. Set FIELDGUIDE_RECORD_SEARCH=1 to rewrite the file from the current site
// (only when a change to the results is intended, and say why in the commit).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './build-site.ts';
import { openBrowser } from './open-browser.ts';

const exampleUrl = inject('exampleUrl');
const EXPECTED = join(ROOT, 'tests/e2e/search-results.json');

/** What readers of the example catalog search for: systems, people, teams, terms, and words from the docs. */
const QUERIES = [
  'buildbot', 'balrog', 'signing', 'clobber', 'mysql', 'nagios', 'amqp', 'buildduty', 'try server', 'puppet',
  'tomas novak', 'aiko', 'release engineering', 'reconfig', 'graceful', 'pending', 'tooltool', 'update',
  'ldap', 'rabbitmq', 'outage', 'disk', 'closed tree', 'sheriff', 'treeherder', 'deprecated', 'talos', 'mercurial',
  'pulse', 'vpn', 'scl3', 'aws', 'json-pushes', 'token', 'failover', 'restart', 'slave', 'dashboard', 'on-call',
];

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  await page.goto(exampleUrl);
});
afterAll(async () => {
  await browser?.close();
});

/** Every page the site's index returns for `query`, as paths below the base, sorted. */
async function pagesFound(query: string): Promise<string[]> {
  // A string, so the test runner leaves `import` alone; the index is the one the site's own search UI loads.
  const urls = await page.evaluate(`import('${new URL('pagefind/pagefind.js', exampleUrl).pathname}')
    .then((pagefind) => pagefind.search(${JSON.stringify(query)}))
    .then((search) => Promise.all(search.results.map((result) => result.data())))
    .then((data) => data.map((d) => d.url))`) as string[];
  const base = new URL(exampleUrl).pathname;
  return urls.map((url) => (url.startsWith(base) ? url.slice(base.length - 1) : url)).sort();
}

describe('search results for a fixed set of queries', () => {
  it('are the pages the search found before the index was narrowed', async () => {
    const found: Record<string, string[]> = {};
    for (const query of QUERIES) found[query] = await pagesFound(query);
    if (process.env.FIELDGUIDE_RECORD_SEARCH === '1') {
      await writeFile(EXPECTED, `${JSON.stringify(found, null, 2)}\n`);
      return;
    }
    const expected = JSON.parse(await readFile(EXPECTED, 'utf8')) as Record<string, string[]>;
    expect(Object.keys(expected)).toEqual(QUERIES);
    expect(found).toEqual(expected);
  });

  it('finds something for every query, so the comparison is not between empty lists', () => {
    return readFile(EXPECTED, 'utf8').then((text) => {
      const expected = JSON.parse(text) as Record<string, string[]>;
      for (const query of QUERIES) expect(expected[query]?.length, query).toBeGreaterThan(0);
    });
  });
});
