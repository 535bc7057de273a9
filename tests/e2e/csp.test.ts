import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/site/content-security-policy.ts';
import { htmlFiles } from './find-broken-links.ts';
import { openBrowser } from './open-browser.ts';

const sites = [
  { name: 'example', dir: inject('exampleDir'), url: inject('exampleUrl') },
  { name: 'hostile', dir: inject('hostileDir'), url: inject('hostileUrl') },
];

/** What in a page the policy would block or that would need a weaker one: inline scripts, handlers, style attributes. */
function inlineCode(html: string): { policy: string | undefined; firstInHead: boolean; inline: string[] } {
  const tree = fromHtml(html);
  let policy: string | undefined;
  let firstInHead = false;
  const inline: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'head') {
      // The policy covers only what comes after it, so it comes right after the charset.
      const metas = node.children.filter((c): c is Element => c.type === 'element');
      firstInHead = metas[1]?.properties.httpEquiv?.toString() === 'Content-Security-Policy';
    }
    if (node.tagName === 'meta' && String(node.properties.httpEquiv) === 'Content-Security-Policy') policy = String(node.properties.content);
    if (node.tagName === 'script' && node.properties.src === undefined) inline.push(`<script> ${String(node.properties.type ?? '')}`);
    if (node.tagName === 'style') inline.push('<style>');
    for (const name of Object.keys(node.properties)) {
      if (/^on/i.test(name)) inline.push(`${node.tagName} ${name}`);
      if (name === 'style') inline.push(`${node.tagName} style=`);
    }
  });
  return { policy, firstInHead, inline };
}

describe('the Content-Security-Policy', () => {
  it('is on every built page, first in its head, and nothing inline needs more than it allows', async () => {
    for (const site of sites) {
      const files = await htmlFiles(site.dir);
      expect(files.length).toBeGreaterThan(5);
      for (const file of files) {
        const html = await readFile(join(site.dir, file), 'utf8');
        const clientDiagrams = html.includes('diagram-client');
        expect(inlineCode(html), `${site.name} ${file}`).toEqual({ policy: contentSecurityPolicy({ clientDiagrams }), firstInHead: true, inline: [] });
      }
    }
  });

  it('is strict everywhere but on the one page whose diagram Mermaid draws in the browser', async () => {
    const loosened: string[] = [];
    for (const site of sites) {
      for (const file of await htmlFiles(site.dir)) {
        if ((await readFile(join(site.dir, file), 'utf8')).includes("'unsafe-inline'")) loosened.push(`${site.name} ${file}`);
      }
    }
    expect(loosened).toEqual(['hostile systems/api/index.html']);
    const api = await readFile(join(sites[1]!.dir, 'systems/api/index.html'), 'utf8');
    const script = /src="\/(_astro\/MermaidClient[^"]+\.js)"/.exec(api)?.[1];
    expect(script).toBeDefined();
    expect(await readFile(join(sites[1]!.dir, script!), 'utf8')).toContain('securityLevel:`strict`');
  });
});

describe('in the browser', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
    // Runs before any page script, outside the page's policy: every blocked thing is recorded.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { violations: string[] }).violations ??= [];
        (window as unknown as { violations: string[] }).violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page, with nothing recorded yet. */
  async function open(url: string): Promise<void> {
    violations.length = 0;
    await page.goto(url);
  }

  /** Opens the search dialog and runs a query until results and facets show. */
  async function search(query: string): Promise<void> {
    await page.locator('[data-search-open]').first().click();
    await page.locator('#search-input').fill(query);
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-filters fieldset').count()).toBeGreaterThan(0);
  }

  /** What the policy blocked on this page so far. */
  async function blocked(): Promise<string[]> {
    const seen = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
    return [...seen, ...violations];
  }

  const PAGES = [
    ['home', ''], ['systems index', 'systems/'], ['system', 'systems/buildbot-masters/'], ['team', 'teams/releng/'],
    ['teams', 'teams/'], ['map', 'map/'], ['readiness', 'readiness/'], ['schema', 'schema/'], ['not found', 'no-such-page/'],
  ] as const;

  for (const [name, path] of PAGES) {
    it(`blocks nothing on the ${name} page, search included`, async () => {
      await open(`${sites[0]!.url}${path}`);
      await search('the');
      expect(await blocked()).toEqual([]);
    });
  }

  it('lets Mermaid draw and style an author\'s diagram in the browser, and lets the doc show an https image', async () => {
    await open(`${sites[1]!.url}systems/api/`);
    // Mermaid fills its SVG in place; its <style> comes with the finished drawing.
    await page.locator('figure.diagram-client svg[aria-roledescription=pie] > style').waitFor({ state: 'attached', timeout: 20_000 });
    await search('gateway');
    expect(await blocked()).toEqual([]);
  });
});
