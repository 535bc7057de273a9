import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from './open-browser.ts';

// The questions a new hire asks across the catalog (issue 10), each answered the way a reader would: from the home
// page, within three clicks, or one search and two clicks. Every click goes through `click`, which counts it.
const exampleUrl = inject('exampleUrl');
const MAP = 'svg[data-map]';

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
let clicks = 0;
const errors: string[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(async () => {
  await browser?.close();
  expect(errors).toEqual([]);
});

async function start(): Promise<void> {
  clicks = 0;
  await page.goto(exampleUrl);
}

async function click(selector: string, options: { hasText?: string } = {}): Promise<void> {
  clicks += 1;
  await page.locator(selector, options).first().click();
}

/** Types words into the search dialog (opened with its keyboard shortcut) and waits for results. */
async function search(words: string): Promise<void> {
  await page.keyboard.press('/');
  await page.locator('#search-input').fill(words);
  await page.locator('#search-results li a').first().waitFor();
}

describe('a new hire, starting from the home page', () => {
  it('finds who knows a system, and what else that person knows: one search, two clicks', async () => {
    await start();
    await search('balrog');
    await click('#search-results li a', { hasText: 'Balrog' });
    await page.waitForURL(/\/systems\/balrog\/$/);
    await click('#contacts ~ ul a.person-link');
    await page.waitForURL(/\/people\/[^/]+\/$/);
    const known = await page.locator('#knows ~ div tbody tr a').allTextContents();
    expect(known).toContain('Balrog (AUS4)');
    expect(known.length).toBeGreaterThan(1);
    expect(clicks).toBeLessThanOrEqual(2);
  });

  it('finds the failure modes never exercised: two clicks', async () => {
    await start();
    await click('.site-nav a', { hasText: 'Failure modes' });
    await page.waitForURL(/\/failure-modes\/$/);
    await click('input[name=status][value=never]');
    const rows = page.locator('tbody tr[data-status]');
    const shown = await rows.evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => (tr as HTMLElement).dataset.status));
    const never = await page.locator('tbody tr[data-status="never"]').count();
    expect(shown).toEqual(Array.from({ length: never }, () => 'never'));
    // And what to drill next is on the same page, without another click.
    expect(await page.locator('#next-game-day').isVisible()).toBe(true);
    expect(clicks).toBeLessThanOrEqual(3);
  });

  it('finds where to ask about a production system: one click', async () => {
    await start();
    await click('.site-nav a', { hasText: 'Contacts' });
    await page.waitForURL(/\/contacts\/$/);
    const row = page.locator('tbody tr', { has: page.locator('a', { hasText: 'Buildbot masters' }) });
    expect((await row.textContent())!).toMatch(/#\w/);
    expect(clicks).toBe(1);
  });

  it('finds what a RelEng term means: one search, one click', async () => {
    await start();
    await search('clobber');
    await click('#search-results li a[href*="/glossary/"]');
    await page.waitForURL(/\/glossary\/[^/]+\/$/);
    expect((await page.locator('h1').textContent())!.toLowerCase()).toContain('clobber');
    expect((await page.locator('main').textContent())!.length).toBeGreaterThan(200);
    expect(clicks).toBe(1);
  });

  it('traces what a system depends on two hops away on the map: one click, then pointing', async () => {
    await start();
    await click('.site-nav a', { hasText: 'Map' });
    await page.locator('[data-map-filters]:not([hidden])').waitFor();
    const keyOf = (href: string) => page.locator(`${MAP} a.node[href$="${href}"]`).getAttribute('data-key');
    const dependencies = (key: string) => page.locator(`${MAP} .edge[data-from="${key}"]`).evaluateAll((edges) => edges.map((e) => (e as SVGElement).dataset.to!));
    const lit = () => page.locator(`${MAP} .node.is-lit`).evaluateAll((nodes) => nodes.map((n) => (n as SVGElement).dataset.key!));
    // Buildbot masters → one of its dependencies → that one's dependencies: each hop lit by pointing at its box.
    const first = (await keyOf('/systems/buildbot-masters/'))!;
    await page.locator(`${MAP} a.node[data-key="${first}"]`).hover();
    const hop1 = await dependencies(first);
    expect(hop1.length).toBeGreaterThan(0);
    expect(await lit()).toEqual(expect.arrayContaining(hop1));
    let traced = false;
    for (const next of hop1) {
      const hop2 = await dependencies(next);
      if (hop2.length === 0) continue;
      await page.locator(`${MAP} a.node[data-key="${next}"]`).hover();
      expect(await lit()).toEqual(expect.arrayContaining(hop2));
      traced = true;
      break;
    }
    expect(traced, 'some dependency of buildbot-masters has dependencies of its own on the map').toBe(true);
    expect(clicks).toBe(1);
  });
});
