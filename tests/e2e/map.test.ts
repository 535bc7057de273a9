import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './build-site.ts';
import { axeViolations } from './axe-violations.ts';
import { openBrowser } from './open-browser.ts';

const exampleUrl = inject('exampleUrl');
const exampleDir = inject('exampleDir');
const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');
const MAP = 'svg[data-map]';

let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openMap(): Promise<void> {
  await page.goto(`${exampleUrl}map/`);
  await page.locator('[data-map-filters]:not([hidden])').waitFor();
}

/** Keys of the boxes carrying `is-lit`. */
const lit = () => page.locator(`${MAP} .node.is-lit`).evaluateAll((nodes) => nodes.map((n) => (n as SVGElement).dataset.key!).sort());

describe('the whole-catalog map', () => {
  it('draws every system as a box that links to its page, each page built', async () => {
    await openMap();
    const hrefs = await page.locator(`${MAP} a.node`).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(readdirSync(join(ROOT, 'systems')).filter((f) => f.endsWith('.md')).length);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/catalog\/systems\/[a-z0-9-]+\/$/);
      expect(existsSync(join(exampleDir, href.slice('/catalog/'.length), 'index.html')), href).toBe(true);
    }
    await page.locator(`${MAP} a.node[href="/catalog/systems/treeherder/"]`).click();
    await page.waitForURL('**/systems/treeherder/');
    expect(await page.locator('h1').textContent()).toContain('Treeherder');
  });

  it('shows shared infrastructure as badges with a legend that links to each shared system', async () => {
    await openMap();
    const legend = await page.locator('.map-shared a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(legend).toContain('/catalog/systems/mozilla-datacenters/');
    expect(await page.locator(`${MAP} .node-shared[href="/catalog/systems/mozilla-datacenters/"]`).count()).toBe(1);
    expect(await page.locator(`${MAP} .badge`).count()).toBeGreaterThan(40);
  });

  it('lights up a box, its edges and its neighbours on hover and on keyboard focus, and dims the rest', async () => {
    await openMap();
    const box = page.locator(`${MAP} a.node[href="/catalog/systems/buildbot-masters/"]`);
    const key = (await box.getAttribute('data-key'))!;
    const neighbours = await page.locator(`${MAP} .edge[data-from="${key}"], ${MAP} .edge[data-to="${key}"]`)
      .evaluateAll((edges, k) => edges.map((e) => ((e as SVGElement).dataset.from === k ? (e as SVGElement).dataset.to! : (e as SVGElement).dataset.from!)), key);
    expect(neighbours.length).toBeGreaterThan(0);
    const expected = [...new Set([key, ...neighbours])].sort();

    await box.hover();
    expect(await page.locator(MAP).getAttribute('class')).toContain('is-focus');
    expect(await lit()).toEqual(expected);
    expect(await page.locator(`${MAP} .edge.is-lit`).count()).toBe(neighbours.length);

    await page.mouse.move(2, 2);
    expect(await page.locator(MAP).getAttribute('class')).not.toContain('is-focus');
    await box.focus();
    expect(await lit()).toEqual(expected);
  });

  it('filters by team, lifecycle, tier and hard or soft dependencies', async () => {
    await openMap();
    const visible = () => page.locator(`${MAP} .node:not(.is-filtered-out)`).evaluateAll((nodes) => nodes.map((n) => (n as SVGElement).dataset.team));
    await page.selectOption('[data-map-filters] select[name=team]', 'releng');
    const teams = await visible();
    expect(teams.length).toBeGreaterThan(3);
    expect(new Set(teams)).toEqual(new Set(['releng']));
    expect(await page.locator(`${MAP} .node.is-filtered-out`).first().isVisible()).toBe(false);
    expect(await page.locator('[data-map-count]').textContent()).toMatch(new RegExp(`^${teams.length} of 40 systems`));

    await page.selectOption('[data-map-filters] select[name=team]', '');
    await page.selectOption('[data-map-filters] select[name=tier]', '1');
    expect(new Set(await page.locator(`${MAP} .node:not(.is-filtered-out)`).evaluateAll((nodes) => nodes.map((n) => (n as SVGElement).dataset.tier)))).toEqual(new Set(['1']));
    await page.selectOption('[data-map-filters] select[name=tier]', '');
    await page.selectOption('[data-map-filters] select[name=lifecycle]', 'retired');
    expect(new Set(await page.locator(`${MAP} .node:not(.is-filtered-out)`).evaluateAll((nodes) => nodes.map((n) => (n as SVGElement).dataset.lifecycle)))).toEqual(new Set(['retired']));
    await page.selectOption('[data-map-filters] select[name=lifecycle]', '');

    const soft = await page.locator(`${MAP} .edge-soft`).count();
    expect(soft).toBeGreaterThan(0);
    await page.selectOption('[data-map-filters] select[name=strength]', 'hard');
    expect(await page.locator(`${MAP} .edge-soft:not(.is-filtered-out)`).count()).toBe(0);
    expect(await page.locator(`${MAP} .edge-hard.is-filtered-out`).count()).toBe(0);
    expect(await page.locator(`${MAP} .node.is-filtered-out`).count()).toBe(0);
  });

  it('zooms out and back to full size', async () => {
    await openMap();
    const width = Number(await page.locator(MAP).getAttribute('width'));
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(Number(await page.locator(MAP).getAttribute('width'))).toBeLessThan(width);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(Number(await page.locator(MAP).getAttribute('width'))).toBe(width);
  });

  it('shows everything, every box a link, without JavaScript', async () => {
    const plain = await openBrowser({ javaScriptEnabled: false });
    try {
      const p = await plain.context.newPage();
      await p.goto(`${exampleUrl}map/`);
      expect(await p.locator('[data-map-filters]').isVisible()).toBe(false);
      expect(await p.locator(`${MAP} a.node`).count()).toBe(40);
      expect(await p.locator(`${MAP} .edge`).count()).toBeGreaterThan(50);
    } finally {
      await plain.close();
    }
  });

  it('has no serious or critical axe violations in light and dark, and no console errors', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openMap();
      expect(await axeViolations(page), scheme).toEqual([]);
      await page.locator(`${MAP} a.node[href="/catalog/systems/buildbot-masters/"]`).hover();
      await page.locator('section[aria-labelledby=all-systems] .diagram-scroll').screenshot({ path: join(SCREENSHOTS, `map-hover-${scheme}.png`) });
      await page.mouse.move(2, 2);
      await page.getByRole('button', { name: 'Fit' }).click();
      await page.locator('section[aria-labelledby=all-systems]').screenshot({ path: join(SCREENSHOTS, `map-full-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(errors).toEqual([]);
  });
});
