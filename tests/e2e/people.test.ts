import { readFileSync } from 'node:fs';
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
const errors: string[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});


describe('people', () => {
  it('lists every person once with teams and how many systems they know', async () => {
    await page.goto(`${exampleUrl}people/`);
    const row = page.locator('tbody tr', { has: page.locator('a', { hasText: 'Marcus Bell' }) });
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells[1]).toBe('mbell');
    expect(cells[2]).toContain('Release Engineering');
    expect(Number(cells[3])).toBeGreaterThan(1);
    // A sheriff owns no systems but is a team member, so is listed too.
    expect(await page.locator('tbody a', { hasText: 'Nora Brooks' }).count()).toBe(1);
  });

  it('shows what a person knows, system by system, and the systems link to their pages', async () => {
    await page.goto(`${exampleUrl}people/`);
    await page.locator('tbody a', { hasText: 'Marcus Bell' }).click();
    await page.waitForURL(/\/people\/mbell\/$/);
    expect(await page.locator('h1').textContent()).toBe('Marcus Bell');
    expect(await page.locator('#contacts + dl').textContent()).toContain('mbell@example.org');
    const balrog = page.locator('#knows ~ div tbody tr', { has: page.locator('a', { hasText: 'Balrog (AUS4)' }) });
    expect(await balrog.locator('td').nth(1).textContent()).toBe('Rules, release blobs, the migration from snippets');
    expect(await balrog.locator('td').nth(2).textContent()).toBe('Tier 2');
    expect(await balrog.locator('td').nth(3).textContent()).toBe('Experimental');
    expect(await page.locator('[data-pagefind-filter="type"]').textContent()).toBe('person');
    await balrog.locator('a', { hasText: 'Balrog (AUS4)' }).click();
    await page.waitForURL(/\/systems\/balrog\/$/);
    // Back again: the expert's name on the system page links to the person.
    await page.locator('#contacts ~ ul a.person-link', { hasText: 'Marcus Bell' }).click();
    await page.waitForURL(/\/people\/mbell\/$/);
  });

  it('says where a person is the only expert', async () => {
    await page.goto(`${exampleUrl}people/`);
    const rows = page.locator('tbody tr');
    const only = (await rows.evaluateAll((trs) => trs.map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href')!, n: tr.lastElementChild!.querySelectorAll('a').length })))).find((r) => r.n > 0);
    expect(only, 'someone in the example is the only expert for a system').toBeDefined();
    await page.goto(new URL(only!.href, exampleUrl).href);
    expect(await page.locator('#only-expert + p').textContent()).toMatch(/^If .+ is away, nobody else is named for:$/);
    expect(await page.locator('#only-expert ~ ul').first().locator('li').count()).toBe(only!.n);
  });

  it('links each expert in a team\'s systems table, ordered by tier', async () => {
    await page.goto(`${exampleUrl}teams/releng/`);
    const tiers = await page.locator('#systems ~ div table tbody tr td:nth-child(2)').allTextContents();
    expect(tiers.map(Number)).toEqual([...tiers.map(Number)].sort((a, b) => a - b));
    expect(await page.locator('#systems ~ div table tbody a.person-link').count()).toBeGreaterThan(10);
  });

  it('says which declared team owns no systems, so the count squares with the home page', async () => {
    await page.goto(`${exampleUrl}teams/`);
    expect(await page.locator('.lede').textContent()).toContain('7 teams; 6 own systems, and Tree Sheriffs owns none.');
    await page.goto(exampleUrl);
    expect(await page.locator('.lede').textContent()).toContain('owned by 6 teams');
  });
});

describe('contacts', () => {
  it('shows every team with its production systems, and filters to one team by its link without JavaScript', async () => {
    const plain = await openBrowser({ javaScriptEnabled: false });
    try {
      const p = await plain.context.newPage();
      await p.goto(`${exampleUrl}contacts/`);
      const visibleGroups = () => p.locator('table.contacts-table tbody').evaluateAll((bodies) => bodies.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => b.id));
      expect((await visibleGroups()).length).toBe(7);
      const buildbot = p.locator('tr', { has: p.locator('th a', { hasText: 'Buildbot masters' }) });
      expect(await buildbot.locator('td').allTextContents()).toContain('Buildduty of the week in #buildduty; page through the Nagios RelEng rotation');
      await p.locator('nav.contacts-filter a', { hasText: 'Release Engineering' }).click();
      await p.waitForURL(/#team-releng$/);
      expect(await visibleGroups()).toEqual(['team-releng']);
      expect(await p.locator('th a', { hasText: 'Bugzilla' }).isVisible()).toBe(false);
      expect(await buildbot.isVisible()).toBe(true);
      await p.locator('nav.contacts-filter a', { hasText: 'All teams' }).click();
      await p.waitForURL(/\/contacts\/$/);
      expect((await visibleGroups()).length).toBe(7);
    } finally {
      await plain.close();
    }
  });
});

const PAGES = [
  ['people', 'people/'],
  ['person', 'people/mbell/'],
  ['contacts', 'contacts/'],
] as const;

describe('accessibility and looks of the people and contacts pages', () => {
  for (const [name, path] of PAGES) {
    it(`${name}: no serious or critical axe violations, in light and dark`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${exampleUrl}${path}`);
        expect(await axeViolations(page), `${name} (${scheme})`).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${scheme}.png`), fullPage: true });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  it('logged no console errors on any page', () => {
    expect(errors).toEqual([]);
  });
});

describe('a system page without contacts of its own', () => {
  it('shows every channel of its team, on-call and escalation included, as the contacts page does', () => {
    const page = readFileSync(join(inject('exampleDir'), 'systems/tinderbox/index.html'), 'utf8');
    const contacts = page.slice(page.indexOf('id="contacts"'), page.indexOf('</section>', page.indexOf('id="contacts"')));
    expect(contacts).toContain('<dt>Team on call</dt><dd>WebOps on-call for the web hosts; #tbpl during business hours</dd>');
    expect(contacts).toMatch(/<dt>Team escalation<\/dt><dd>[^<]+<\/dd>/);
    expect(contacts).toMatch(/<dt>Team chat<\/dt>/);
  });
});
