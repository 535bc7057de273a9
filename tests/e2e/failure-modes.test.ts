import { readFileSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './build-site.ts';
import { axeViolations } from './axe-violations.ts';
import { openBrowser } from './open-browser.ts';

const exampleUrl = inject('exampleUrl');
const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

/** How many failure modes the example catalog's docs describe, counted from the files as a reader would. */
const described = readdirSync(join(ROOT, 'systems')).filter((f) => f.endsWith('.md'))
  .map((f) => (readFileSync(join(ROOT, 'systems', f), 'utf8').match(/^\s+-\s*(\{\s*)?scenario:/gm) ?? []).length)
  .reduce((a, b) => a + b, 0);

let browser: Awaited<ReturnType<typeof openBrowser>>;
let noScript: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  noScript = await openBrowser({ javaScriptEnabled: false });
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await noScript?.close();
});

const visibleRows = (target: Page) => target.locator('table[data-fm-table] tbody tr:visible');
const column = (target: Page, index: number) => visibleRows(target).locator(`td:nth-child(${index})`).allInnerTexts();

describe('failure modes page', () => {
  it('lists every failure mode of every system, with tier, lifecycle, last exercised and systems taken down', async () => {
    await page.goto(`${exampleUrl}failure-modes/`);
    expect(await page.locator('h1').textContent()).toBe('Failure modes');
    expect(await page.locator('table[data-fm-table] tbody tr').count()).toBe(described);
    const headers = await page.locator('table[data-fm-table] thead th').allInnerTexts();
    expect(headers.map((h) => h.replace(/[↑↓↕]/g, '').trim())).toEqual(['System', 'Tier', 'Lifecycle', 'Scenario', 'Impact', 'Mitigation', 'Last exercised', 'Takes down']);
    const exercised = await column(page, 7);
    expect(exercised.every((t) => /^(Never|\d{4}-\d{2}-\d{2}\n\d+ days ago)/.test(t))).toBe(true);
    expect((await column(page, 8)).every((t) => /^\d+ systems?/.test(t))).toBe(true);
    // Shared infrastructure (DNS, the data centers) takes many systems down with it.
    expect(Math.max(...(await column(page, 8)).map((t) => Number(/^(\d+)/.exec(t)![1])))).toBeGreaterThan(5);
  });

  it('states the next game day\'s rule from the config and lists due failure modes of production systems in that order', async () => {
    await page.goto(`${exampleUrl}failure-modes/`);
    const section = page.locator('section[aria-labelledby="next-game-day"]');
    expect(await section.locator('p').first().innerText()).toContain('ordered by tier (most critical first), then by how many systems go down with it (most first), then by time since last exercised');
    const items = section.locator('ol.game-day > li');
    expect(await items.count()).toBe(5);
    const tiers = await items.evaluateAll((lis) => lis.map((li) => Number(/Tier (\d)/.exec(li.textContent ?? '')?.[1] ?? 9)));
    expect([...tiers].sort()).toEqual(tiers);
    for (const text of await items.allInnerTexts()) expect(text).toMatch(/never exercised|days ago/);
    const first = items.first().locator('a');
    const target = await first.getAttribute('href');
    await first.click();
    await page.waitForURL((url) => url.href.endsWith(target!.replace(/^\/catalog\//, '')));
    expect(await page.locator('#known-failure-modes').isVisible()).toBe(true);
  });

  it('filters and sorts with JavaScript, keeping the filters in the URL', async () => {
    await page.goto(`${exampleUrl}failure-modes/`);
    await page.locator('fieldset', { hasText: 'Tier' }).locator('input[value="1"]').check();
    await expect.poll(async () => (await column(page, 2)).every((t) => t === '1')).toBe(true);
    const tier1 = await visibleRows(page).count();
    expect(tier1).toBeGreaterThan(0);
    expect(tier1).toBeLessThan(described);
    expect(await page.locator('[data-fm-count]').textContent()).toBe(`${tier1} of ${described} failure modes`);
    expect(page.url()).toContain('tier=1');
    await page.locator('select[name="team"]').selectOption({ label: 'Release Engineering' });
    const releng = await visibleRows(page).count();
    expect(releng).toBeLessThan(tier1);
    // Reloaded with the URL, the same view comes back.
    await page.reload();
    expect(await page.locator('fieldset', { hasText: 'Tier' }).locator('input[value="1"]').isChecked()).toBe(true);
    expect(await page.locator('select[name="team"]').inputValue()).toBe('releng');
    expect(await visibleRows(page).count()).toBe(releng);
    // The example catalog exercised every failure mode within the year (as of its pinned date): "Overdue" leaves none.
    await page.locator('input[name="status"][value="overdue"]').check();
    await expect.poll(() => page.locator('[data-fm-count]').textContent()).toBe(`0 of ${described} failure modes`);

    await page.goto(`${exampleUrl}failure-modes/`);
    await page.locator('th[data-sort="down"] button').click();
    expect(await page.locator('th[data-sort="down"]').getAttribute('aria-sort')).toBe('descending');
    const down = (await column(page, 8)).map((t) => Number(/^(\d+)/.exec(t)![1]));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await page.locator('th[data-sort="tier"] button').click();
    const tiers = (await column(page, 2)).map((t) => Number(t) || 9);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });

  it('filters and sorts without JavaScript: radios hide rows through CSS, headings link to sorted pages', async () => {
    const plain = await noScript.context.newPage();
    await plain.goto(`${exampleUrl}failure-modes/`);
    expect(await plain.locator('select[name="team"]').isVisible()).toBe(false);
    await plain.locator('fieldset', { hasText: 'Tier' }).locator('input[value="1"]').check();
    expect((await column(plain, 2)).every((t) => t === '1')).toBe(true);
    const tier1 = await visibleRows(plain).count();
    expect(tier1).toBeGreaterThan(0);
    expect(tier1).toBeLessThan(described);
    // The last lifecycle offered (only those with failure modes are).
    const lifecycle = plain.locator('fieldset', { hasText: 'Lifecycle' }).locator('input:not([value=""])').last();
    const value = await lifecycle.getAttribute('value');
    await lifecycle.check();
    expect(await visibleRows(plain).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.lifecycle))).toEqual(expect.not.arrayContaining([expect.not.stringMatching(`^${value}$`)]));
    expect(await visibleRows(plain).count()).toBeLessThanOrEqual(tier1);

    await plain.locator('th[data-sort="down"] a').click();
    await plain.waitForURL(/failure-modes\/by-down\//);
    expect(await plain.locator('th[data-sort="down"]').getAttribute('aria-sort')).toBe('descending');
    expect(await plain.locator('table[data-fm-table] tbody tr').count()).toBe(described);
    const down = (await column(plain, 8)).map((t) => Number(/^(\d+)/.exec(t)![1]));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await plain.locator('th[data-sort="exercised"] a').click();
    await plain.waitForURL(/failure-modes\/by-exercised\//);
    const dates = (await column(plain, 7)).map((t) => t.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    await plain.close();
  });

  it('is linked from the navigation, the home page and the readiness page, whose rows count failure modes', async () => {
    await page.goto(exampleUrl);
    await page.locator('nav.site-nav a', { hasText: 'Failure modes' }).click();
    await page.waitForURL(/failure-modes\/$/);
    expect(await page.locator('nav.site-nav a[aria-current="page"]').textContent()).toBe('Failure modes');
    await page.goto(exampleUrl);
    // "Needs attention" lists what it says it lists; the example has no unexercised failure mode, so no such list.
    expect(await page.locator('#needs-attention + .stat-grid').innerText()).not.toContain('Other warnings');
    expect(await page.locator('section[aria-labelledby="unexercised"]').count()).toBe(0);
    const below = page.locator('section[aria-labelledby="below-level"] li a').first();
    await below.click();
    await page.waitForURL(/systems\/[a-z0-9-]+\/#readiness$/);
    await page.goto(`${exampleUrl}readiness/`);
    const headers = await page.locator('section[aria-labelledby="production"] thead th').allInnerTexts();
    expect(headers).toContain('Failure modes');
    const counts = await page.locator('section[aria-labelledby="production"] tbody td:nth-child(5)').allInnerTexts();
    expect(counts.some((t) => /^\d+$/.test(t))).toBe(true);
    expect(await page.locator('main').innerText()).not.toMatch(/fieldguide\.config\.yaml|readiness\.required/);
  });

  it('has no serious or critical axe violations in light and dark, and logged no console errors', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['failure-modes/', 'failure-modes/by-tier/']) {
        await page.goto(`${exampleUrl}${path}`);
        expect(await axeViolations(page), `${path} (${scheme})`).toEqual([]);
      }
      await page.goto(`${exampleUrl}failure-modes/`);
      await page.screenshot({ path: join(SCREENSHOTS, `failure-modes-${scheme}.png`), fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(errors).toEqual([]);
  });
});
