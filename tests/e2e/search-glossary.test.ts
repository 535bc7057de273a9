import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './build-site.ts';
import { axeViolations } from './axe-violations.ts';
import { openBrowser } from './open-browser.ts';

const exampleUrl = inject('exampleUrl');
const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  // 1280×800: the size at which the dialog must show three results without scrolling.
  browser = await openBrowser({ viewport: { width: 1280, height: 800 } });
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});


const results = () => page.locator('#search-page-results li');
const hrefs = (selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
const dialogOpen = () => page.locator('#site-search').evaluate((d) => (d as HTMLDialogElement).open);

describe('the search page', () => {
  it('takes the query from the URL, shows the total, and reaches result 21 and beyond', async () => {
    await page.goto(`${exampleUrl}search/?q=the`);
    expect(await page.locator('#search-page-input').inputValue()).toBe('the');
    await results().first().waitFor();
    const status = page.locator('#search-page-status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results, showing 20\.$/);
    const total = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
    expect(total).toBeGreaterThan(20);
    await page.locator('[data-search-more]').click();
    await expect.poll(() => results().count()).toBe(Math.min(total, 40));
    const twentyFirst = results().nth(20).locator('a');
    expect(await twentyFirst.getAttribute('href')).toMatch(/^\/catalog\//);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-page-results li')[20])).toBe(true);
  });

  it('restores words and filters from a shared URL, and Back undoes a filter', async () => {
    await page.goto(`${exampleUrl}search/?q=the&type=term`);
    await results().first().waitFor();
    const term = page.locator('#search-page-filters input[name=type][value=term]');
    expect(await term.isChecked()).toBe(true);
    const links = await hrefs('#search-page-results li > a');
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\/catalog\/glossary\/[a-z0-9-]+\/$/);
    await term.uncheck();
    await expect.poll(() => page.url()).toBe(`${exampleUrl}search/?q=the`);
    await expect.poll(async () => (await hrefs('#search-page-results li > a')).some((h) => h.includes('/systems/'))).toBe(true);
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${exampleUrl}search/?q=the&type=term`);
    await expect.poll(() => page.locator('#search-page-filters input[name=type][value=term]').isChecked()).toBe(true);
    await expect.poll(async () => (await hrefs('#search-page-results li > a')).every((h) => h.includes('/glossary/'))).toBe(true);
  });

  it('keeps table cells and list items apart in excerpts', async () => {
    await page.goto(`${exampleUrl}search/?q=${encodeURIComponent('last exercised')}`);
    await results().first().waitFor();
    const excerpts = await page.locator('#search-page-results .excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/wrongImpact|ImpactMitigation|MitigationLast|[a-z]Last exercised/);
  });

  it('leads a multi-word query with pages that have the words together', async () => {
    await page.goto(`${exampleUrl}search/?q=${encodeURIComponent('tree closure')}`);
    await results().first().waitFor();
    const first = await page.locator('#search-page-results li').first().textContent();
    expect(first?.toLowerCase()).toMatch(/tree closure/);
  });
});

describe('the search dialog', () => {
  it('shows three results without scrolling at 1280×800, and opens the search page for all of them', async () => {
    await page.goto(exampleUrl);
    await page.locator('[data-search-open]').click();
    await page.locator('#search-input').fill('the');
    await page.locator('#search-results li').nth(2).waitFor();
    const third = await page.locator('#search-results li').nth(2).boundingBox();
    const body = await page.locator('.search-body').boundingBox();
    expect(third!.y + third!.height).toBeLessThanOrEqual(Math.min(800, body!.y + body!.height));
    expect(await page.locator('.search-body').evaluate((b) => b.scrollTop)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'search-dialog-light.png') });
    // The filters fold behind one line; a filter checked there goes to the search page with the words.
    await page.locator('.search-filter-toggle > summary').click();
    await page.locator('#search-filters input[name=type][value=term]').check();
    await expect.poll(() => page.locator('.search-filter-toggle > summary').textContent()).toBe('Filters (1 on)');
    const all = page.locator('[data-search-all]');
    await expect.poll(() => all.textContent()).toMatch(/^See all \d+ results$/);
    await all.click();
    await page.waitForURL(`${exampleUrl}search/?q=the&type=term`);
    await results().first().waitFor();
    expect(await page.locator('#search-page-filters input[name=type][value=term]').isChecked()).toBe(true);
  });

  it('closes with one press of Escape, even with words typed', async () => {
    await page.goto(`${exampleUrl}systems/`);
    await page.locator('[data-search-open]').click();
    await page.locator('#search-input').fill('clobber');
    await page.locator('#search-results li').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(dialogOpen).toBe(false);
  });

  it('finds a glossary term, marked as one, and opens its page', async () => {
    await page.goto(exampleUrl);
    await page.locator('[data-search-open]').click();
    await page.locator('#search-input').fill('buildduty');
    const result = page.locator('#search-results li', { has: page.locator('a[href="/catalog/glossary/buildduty/"]') });
    await result.waitFor();
    expect(await result.locator('.result-type').textContent()).toBe('Glossary term');
    await result.locator('a').click();
    await page.waitForURL(`${exampleUrl}glossary/buildduty/`);
    expect(await page.locator('h1').textContent()).toBe('Buildduty');
    expect(await hrefs('section[aria-labelledby=about] a')).toContain('/catalog/systems/nagios/');
  });
});

describe('the glossary', () => {
  it('lists terms alphabetically with anchors that link to their pages', async () => {
    await page.goto(`${exampleUrl}glossary/#tree-closure`);
    const terms = await page.locator('.glossary-list dt').allTextContents();
    expect(terms.length).toBeGreaterThanOrEqual(8);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    for (const word of ['Buildduty', 'Clobber', 'tac', 'Tree closure', 'Sheriff', 'Nightly', 'L10n repack']) expect(terms).toContain(word);
    const anchored = page.locator('#tree-closure a');
    expect(await anchored.getAttribute('href')).toBe('/catalog/glossary/tree-closure/');
    await anchored.click();
    await page.waitForURL(`${exampleUrl}glossary/tree-closure/`);
    expect(await page.locator('h1').textContent()).toBe('Tree closure');
  });

  it('shows on a system page the terms its doc uses', async () => {
    await page.goto(`${exampleUrl}systems/slavealloc/`);
    expect(await hrefs('section[aria-labelledby=terms-used] a')).toContain('/catalog/glossary/tac/');
    expect(await hrefs('.toc a')).toContain('#terms-used');
  });

  for (const [name, path] of [['glossary', 'glossary/'], ['glossary-term', 'glossary/tree-closure/'], ['search-page', 'search/?q=clobber']] as const) {
    it(`${name}: no serious axe violations in light and dark mode; screenshots`, async () => {
      await page.goto(`${exampleUrl}${path}`);
      if (name === 'search-page') await results().first().waitFor();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page), `${name} ${scheme}`).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${scheme}.png`), fullPage: name !== 'search-page' });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
