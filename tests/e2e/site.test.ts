import { readFileSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './build-site.ts';
import { axeViolations } from './axe-violations.ts';
import { openBrowser } from './open-browser.ts';

const exampleUrl = inject('exampleUrl');
const hostileUrl = inject('hostileUrl');
const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

/** The example catalog's docs, read the way a reader would: id, owner, whole text and body. */
const docs = readdirSync(join(ROOT, 'systems'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(join(ROOT, 'systems', f), 'utf8');
    const body = text.slice(text.indexOf('\n---', 3) + 4);
    return { id: f.slice(0, -3), owner: /^owner:\s*(\S+)/m.exec(text)![1]!, text: text.toLowerCase(), body: body.toLowerCase() };
  });

/** A long word that occurs in exactly one doc, and only in its body. */
function uniqueBodyWord(): { word: string; id: string } {
  for (const doc of docs) {
    for (const word of new Set(doc.body.match(/\b[a-z]{9,}\b/g) ?? [])) {
      if (docs.filter((d) => d.text.includes(word.slice(0, 7))).length === 1) return { word, id: doc.id };
    }
  }
  throw new Error('The example catalog has no word unique to one body.');
}

let browser: Awaited<ReturnType<typeof openBrowser>>;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  context = browser.context;
  page = await context.newPage();
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});


describe('search', () => {
  it('finds the one system whose body holds a word, and shows its summary', async () => {
    const { word, id } = uniqueBodyWord();
    await page.goto(exampleUrl);
    // Pressed until the dialog opens: on a cold first page the key can come before the page has focus.
    await expect.poll(async () => {
      await page.keyboard.press('/');
      return page.locator('#site-search').evaluate((d) => (d as HTMLDialogElement).open);
    }).toBe(true);
    await page.locator('#search-input').fill(word);
    // The one system, among any glossary terms that use the word too.
    const first = page.locator('#search-results li', { has: page.locator(`a[href="/catalog/systems/${id}/"]`) });
    await first.waitFor();
    expect((await first.locator('p').first().textContent())?.length).toBeGreaterThan(10);
  });

  it('narrows results with a facet', async () => {
    await page.goto(exampleUrl);
    await page.locator('[data-search-open]').click();
    await page.locator('#search-input').fill('the');
    await page.locator('#search-results li').first().waitFor();
    const status = page.locator('.search-status');
    const all = Number(/(\d+) result/.exec((await status.textContent()) ?? '')?.[1]);
    const releng = docs.filter((d) => d.owner === 'releng').map((d) => `/catalog/systems/${d.id}/`);
    await page.locator('.search-filter-toggle > summary').click();
    await page.locator('#search-filters fieldset').filter({ hasText: 'Team' }).locator('label', { hasText: 'Release Engineering' }).locator('input').check();
    await expect.poll(async () => Number(/(\d+) result/.exec((await status.textContent()) ?? '')?.[1])).toBeLessThan(all);
    const hrefs = await page.locator('#search-results li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(releng).toContain(href);
  });

  it('indexes facet values as ids, so no search UI can render a name as HTML, and shows the names as text', async () => {
    await page.goto(hostileUrl);
    await page.locator('[data-search-open]').click();
    await page.locator('#search-input').fill('gateway');
    await page.locator('#search-results li').first().waitFor();
    // What any UI reading this index gets as filter values (a string, so the test runner leaves `import` alone).
    const index = await page.evaluate(`import('/pagefind/pagefind.js').then((pagefind) => pagefind.filters())
      .then((filters) => Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, Object.keys(values).sort()])))`);
    expect(index).toEqual({ type: ['system'], team: ['core', 'data'], lifecycle: ['experimental'], tier: ['1', '3'], kind: ['database', 'service', 'website'], tag: ['edge', 'http', 'sql'] });
    await page.locator('.search-filter-toggle > summary').click();
    const team = page.locator('#search-filters fieldset').filter({ hasText: 'Team' });
    expect(await team.locator('label').allTextContents()).toEqual([' Core <b>team</b> "quoted" & co (2)', ' Data (1)']);
    expect(await team.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(['core', 'data']);
    expect(await team.locator('b').count()).toBe(0);
    await team.locator('label', { hasText: 'Core' }).locator('input').check();
    await expect.poll(() => page.locator('#search-results li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/systems/api/']);
  });

  it('opens with Ctrl+K and closes with Escape', async () => {
    await page.goto(`${exampleUrl}systems/`);
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.locator('#site-search').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#site-search').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });
});

describe('diagrams', () => {
  it('navigates to a system when its box in the relationship diagram is clicked', async () => {
    await page.goto(`${exampleUrl}systems/buildbot-masters/`);
    const node = page.locator('#relationships ~ figure a.node-system, section[aria-labelledby=relationships] a.node-system').first();
    const href = await node.getAttribute('href');
    await node.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(new URL(page.url()).pathname).toMatch(/^\/catalog\/systems\/[a-z0-9-]+\/$/);
  });

  it('are real links without JavaScript', async () => {
    const noScript = await openBrowser({ javaScriptEnabled: false });
    try {
      const bare = await noScript.context.newPage();
      await bare.goto(`${exampleUrl}systems/buildbot-masters/`);
      expect(await bare.locator('section[aria-labelledby=relationships] svg a.node-system').count()).toBeGreaterThan(2);
      expect(await bare.locator('table.systems-table').count()).toBe(0);
      await bare.goto(`${exampleUrl}systems/`);
      expect(await bare.locator('table.systems-table tbody tr').count()).toBe(docs.length);
    } finally {
      await noScript.close();
    }
  });

  it('draws author diagram types the build cannot draw with Mermaid in the browser, and nothing in a doc runs', async () => {
    await page.goto(`${hostileUrl}systems/api/`);
    await page.locator('figure.diagram-client svg').waitFor({ timeout: 20_000 });
    expect(await page.locator('figure.diagram-author svg text').allTextContents()).toContain('Gateway');
    expect(dialogs).toEqual([]);
  });
});

describe('what a doc adds and accepts', () => {
  const REASON = "Grace's <b>backup</b> starts in March <script>alert('reason')</script>";

  it('lists an accepted exception with its reason, as text, on the readiness page and the home page', async () => {
    await page.goto(`${hostileUrl}readiness/`);
    const section = page.locator('section[aria-labelledby=accepted-exceptions]');
    expect(await section.locator('h2').textContent()).toBe('Accepted exceptions (1)');
    const text = await section.textContent();
    expect(text).toContain('bus-factor');
    expect(text).toContain(REASON);
    expect(await section.locator('b, script').count()).toBe(0);
    await page.goto(hostileUrl);
    const home = page.locator('section[aria-labelledby=accepted]');
    expect(await home.textContent()).toContain(REASON);
    expect(dialogs).toEqual([]);
  });

  it('shows team fields (x- keys) on the system page, linking only a safe URL', async () => {
    await page.goto(`${hostileUrl}systems/web/`);
    const fields = page.locator('#team-fields + dl, #team-fields ~ dl').first();
    expect(await fields.locator('dd').allTextContents()).toEqual(expect.arrayContaining(['<b>4200</b>', 'https://example.org/runbooks/web', "javascript:alert('team-field')"]));
    expect(await fields.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual(['https://example.org/runbooks/web']);
    expect(await fields.locator('b').count()).toBe(0);
  });
});

describe('systems index', () => {
  it('filters by team, keeps the filter in the URL, and counts what is shown', async () => {
    await page.goto(`${exampleUrl}systems/`);
    await page.locator('[data-table-filters] select[name=team]').selectOption('releng');
    const visible = page.locator('table.systems-table tbody tr:not([hidden])');
    const expected = docs.filter((d) => d.owner === 'releng').length;
    await expect.poll(() => visible.count()).toBe(expected);
    expect(await visible.evaluateAll((rows) => rows.every((r) => (r as HTMLElement).dataset.team === 'releng'))).toBe(true);
    expect(page.url()).toContain('?team=releng');
    expect(await page.locator('[data-table-count]').textContent()).toBe(`${expected} of ${docs.length} systems`);
    await page.goto(`${exampleUrl}systems/?team=releng&lifecycle=production`);
    const both = docs.filter((d) => d.owner === 'releng' && /^lifecycle:\s*production/m.test(d.text)).length;
    await expect.poll(() => visible.count()).toBe(both);
  });

  it('sorts by a column', async () => {
    await page.goto(`${exampleUrl}systems/`);
    await page.locator('th[data-sort=tier] button').click();
    const tiers = await page.locator('table.systems-table tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.sortTier)));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(await page.locator('th[data-sort=tier]').getAttribute('aria-sort')).toBe('ascending');
  });
});

const PAGES = [
  ['home', ''],
  ['index', 'systems/'],
  ['system', 'systems/buildbot-masters/'],
  ['team', 'teams/releng/'],
  ['teams', 'teams/'],
  ['map', 'map/'],
  ['readiness', 'readiness/'],
  ['schema', 'schema/'],
  ['not-found', 'no-such-page/'],
] as const;

describe('accessibility and looks', () => {
  for (const [name, path] of PAGES) {
    it(`${name}: no serious or critical axe violations, in light and dark`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${exampleUrl}${path}`);
        expect(await axeViolations(page), `${name} (${scheme})`).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${scheme}.png`), fullPage: name !== 'schema' });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  it('reads on a phone: nothing but tables and diagrams scrolls sideways', async () => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 } });
    try {
      const small = await phone.context.newPage();
      for (const [name, path] of PAGES) {
        await small.goto(`${exampleUrl}${path}`);
        const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, name).toBeLessThanOrEqual(0);
        if (name === 'system' || name === 'index' || name === 'home') await small.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`) });
      }
    } finally {
      await phone.close();
    }
  });

  it('is keyboard navigable: the skip link comes first and focus is visible', async () => {
    await page.goto(`${exampleUrl}systems/buildbot-masters/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused).toEqual({ text: 'Skip to content', outline: 'solid', width: '3px' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('prints without navigation, search or filters', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${exampleUrl}systems/buildbot-masters/`);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    expect(await page.locator('section[aria-labelledby=relationships] svg.diagram-svg').isVisible()).toBe(true);
    await page.pdf?.({ path: join(SCREENSHOTS, 'system-print.pdf') }).catch(() => undefined);
    await page.emulateMedia({ media: 'screen' });
  });
});
