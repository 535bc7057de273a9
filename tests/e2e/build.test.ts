import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, ROOT } from './build-site.ts';
import { findBrokenLinks, htmlFiles } from './find-broken-links.ts';

const exampleDir = inject('exampleDir');
const hostileDir = inject('hostileDir');
const work = inject('workDir');

/** Every file of a built site with a hash of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile()).sort((a, b) => (join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1))) {
    const path = join(e.parentPath, e.name);
    out[relative(dir, path).split(sep).join('/')] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}

describe('the built site', () => {
  it('has every page type at its stable URL', async () => {
    const files = await htmlFiles(exampleDir);
    for (const page of ['index.html', 'systems/index.html', 'teams/index.html', 'map/index.html', 'readiness/index.html', 'schema/index.html', '404.html']) {
      expect(files).toContain(page);
    }
    expect(files.filter((f) => /^systems\/[^/]+\/index\.html$/.test(f)).length).toBeGreaterThan(10);
    expect(files.filter((f) => /^teams\/[^/]+\/index\.html$/.test(f)).length).toBeGreaterThan(2);
  });

  it('writes catalog.json with every system, its resolved relations and readiness', async () => {
    const exported = JSON.parse(await readFile(join(exampleDir, 'catalog.json'), 'utf8'));
    expect(exported.schemaVersion).toBe(1);
    const pages = (await htmlFiles(exampleDir)).filter((f) => /^systems\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]);
    const ids = exported.systems.map((s: { id: string }) => s.id);
    expect(ids).toEqual([...pages].sort());
    const masters = exported.systems.find((s: { id: string }) => s.id === 'buildbot-masters');
    expect(masters.readiness.level).toBeTypeOf('string');
    expect(JSON.stringify(masters)).toContain('scheduler-db');
  });

  it('resolves every internal link and anchor, under a sub-path base', async () => {
    expect(await findBrokenLinks(exampleDir, '/catalog/')).toEqual([]);
    expect(await findBrokenLinks(hostileDir, '/')).toEqual([]);
  });

  it('keeps a system page, with its diagram, CSS and JavaScript, under 150 KB gzipped', async () => {
    const files = (await htmlFiles(exampleDir)).filter((f) => /^systems\/[^/]+\/index\.html$/.test(f));
    const weights: number[] = [];
    for (const file of files) {
      const html = await readFile(join(exampleDir, file), 'utf8');
      const assets = [...html.matchAll(/(?:href|src)="\/catalog\/(_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
      let bytes = gzipSync(html).length;
      for (const asset of new Set(assets)) bytes += gzipSync(await readFile(join(exampleDir, asset))).length;
      weights.push(bytes);
    }
    const heaviest = Math.max(...weights);
    console.log(`system page first load, gzipped: median ${(weights.sort((a, b) => a - b)[Math.floor(weights.length / 2)]! / 1024).toFixed(1)} KB, heaviest ${(heaviest / 1024).toFixed(1)} KB`);
    expect(heaviest).toBeLessThan(150 * 1024);
  });

  const OWN_FORMS = ['dataFocusForm', 'dataTableFilters', 'dataFmFilters', 'dataSearchPage', 'dataMapFilters', 'dataSearchForm'];

  it('escapes every front-matter string wherever it lands: names stay text, nothing becomes markup', async () => {
    const name = 'API "gateway" <script>alert(1)</script> & co';
    const api = fromHtml(await readFile(join(hostileDir, 'systems/api/index.html'), 'utf8'));
    const text = (tag: string) => {
      let found: string | undefined;
      visit(api, 'element', (node: Element) => void (found ??= node.tagName === tag ? toString(node) : undefined));
      return found;
    };
    expect(text('title')).toBe(`${name} · fieldguide`);
    expect(text('h1')).toBe(name);
    for (const file of await htmlFiles(hostileDir)) {
      visit(fromHtml(await readFile(join(hostileDir, file), 'utf8')), 'element', (node: Element) => {
        const where = `${file}: <${node.tagName}>`;
        expect(Object.keys(node.properties).filter((p) => /^on/i.test(p)), where).toEqual([]);
        expect(['iframe', 'object', 'embed'], where).not.toContain(node.tagName);
        // Only the site's own forms, each marked by its script's hook: a doc's markup never makes one.
        if (node.tagName === 'form') expect(OWN_FORMS.filter((hook) => node.properties[hook] !== undefined), where).toHaveLength(1);
        for (const attribute of ['href', 'src', 'xLinkHref']) {
          expect(String(node.properties[attribute] ?? ''), where).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
        }
        // Our own scripts only (the fixture's every attack calls alert).
        if (node.tagName === 'script') expect(toString(node), where).not.toContain('alert(');
      });
    }
  });

  it('writes no control characters into any page (an HTML parser turns NUL into U+FFFD, others are parse errors)', async () => {
    for (const dir of [exampleDir, hostileDir]) {
      for (const file of await htmlFiles(dir)) {
        const html = await readFile(join(dir, file), 'utf8');
        expect(html.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g), file).toBeNull();
      }
    }
  });

  it('ships Mermaid, strict, only for a diagram type the build cannot draw, and only on that page', async () => {
    const api = await readFile(join(hostileDir, 'systems/api/index.html'), 'utf8');
    const web = await readFile(join(hostileDir, 'systems/web/index.html'), 'utf8');
    // Mermaid is set up by a script file of the site (the CSP allows no inline script), at its strict level.
    const astro = join(hostileDir, '_astro');
    const names = (await readdir(astro)).filter((f) => f.endsWith('.js'));
    const loaders = [];
    for (const name of names) if (/securityLevel:\s*["'`]strict["'`]/.test(await readFile(join(astro, name), 'utf8'))) loaders.push(name);
    expect(loaders).toHaveLength(1);
    expect(api).toContain(`_astro/${loaders[0]}`);
    expect(web).not.toContain(`_astro/${loaders[0]}`);
    expect((await readdir(join(hostileDir, '_fieldguide/mermaid'))).sort()).toEqual(['chunks', 'mermaid.esm.min.mjs']);
  });

  it('gives the same bytes for the same input', async () => {
    const again = join(work, 'hostile-again');
    const result = await buildSite(['tests/fixtures/site/hostile', '--out', again]);
    expect(result.code, result.stderr).toBe(0);
    expect(await fingerprint(again)).toEqual(await fingerprint(hostileDir));
  });

  it('leaves the previous site untouched when a build fails, and says why', async () => {
    const target = join(work, 'kept');
    await cp(hostileDir, target, { recursive: true });
    const before = await fingerprint(target);
    const result = await buildSite(['tests/fixtures/site/broken', '--out', target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('tests/fixtures/site/broken/api.md:4:8  error  `owner` is `nobody`');
    expect(result.stderr).toContain('The site was not built: fix the errors above first.');
    expect(await fingerprint(target)).toEqual(before);
    await rm(target, { recursive: true, force: true });
  });
});

describe('build --out: what it replaces', () => {
  /** A folder holding a previous build, an empty folder, a user's file and an old fixed-name scratch folder. */
  async function makeOutputs(name: string): Promise<string> {
    const parent = join(work, name);
    await cp(hostileDir, join(parent, 'previous'), { recursive: true });
    await writeFile(join(parent, 'previous', 'stale.html'), 'from an older build\n');
    await mkdir(join(parent, 'empty'));
    await mkdir(join(parent, '.fieldguide-build'));
    await writeFile(join(parent, '.fieldguide-build', 'keep.txt'), 'keep me\n');
    await writeFile(join(parent, 'notes.txt'), 'my notes\n');
    return parent;
  }
  const scratchFolders = async (parent: string) => (await readdir(parent)).filter((n) => n.startsWith('.fieldguide-build-'));

  it('replaces a previous build and fills an empty folder, leaving everything beside them as it was', async () => {
    const parent = await makeOutputs('outputs');
    const beside = await fingerprint(parent);
    for (const out of ['previous', 'empty']) {
      const result = await buildSite(['tests/fixtures/site/hostile', '--out', join(parent, out)]);
      expect(result.code, result.stderr).toBe(0);
    }
    // The previous build was replaced as a whole: its stale file is gone, and both folders hold the same site.
    const [previous, empty] = [await fingerprint(join(parent, 'previous')), await fingerprint(join(parent, 'empty'))];
    expect(previous).not.toHaveProperty(['stale.html']);
    expect(previous).toHaveProperty(['.fieldguide-site']);
    expect(Object.keys(previous)).toEqual(Object.keys(empty));
    const after = await fingerprint(parent);
    const outside = (print: Record<string, string>) => Object.fromEntries(Object.entries(print).filter(([k]) => !/^(?:previous|empty)\//.test(k)));
    expect(outside(after)).toEqual(outside(beside));
    expect(after['.fieldguide-build/keep.txt']).toBe(beside['.fieldguide-build/keep.txt']);
    expect(await scratchFolders(parent)).toEqual([]);
  });

  it('marks the site as a fieldguide build and ships no stock Pagefind UI', async () => {
    for (const site of [exampleDir, hostileDir]) {
      expect(await readFile(join(site, '.fieldguide-site'), 'utf8')).toContain('built by fieldguide');
      const pagefind = await readdir(join(site, 'pagefind'));
      expect(pagefind).toContain('pagefind.js');
      expect(pagefind.filter((n) => /ui\.(?:js|css)$|highlight/.test(n))).toEqual([]);
    }
  });

  it('on Ctrl+C removes its scratch folder, exits 130 and leaves the previous site as it was', async () => {
    const parent = await makeOutputs('interrupted');
    const before = await fingerprint(parent);
    // Its own process group, so the signal reaches the CLI and its Astro child together, as Ctrl+C in a terminal does.
    const child = spawn(process.execPath, ['bin/fieldguide.js', 'build', 'tests/fixtures/site/hostile', '--out', join(parent, 'previous')], {
      cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    while ((await scratchFolders(parent)).length === 0) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 2000));
    process.kill(-child.pid!, 'SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toContain('Interrupted: the build was abandoned and');
    expect(stderr).not.toMatch(/\n\s+at /);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await scratchFolders(parent)).toEqual([]);
    expect(await fingerprint(parent)).toEqual(before);
  });

  it('on SIGTERM to the CLI alone stops its Astro child too, exits 143 and leaves nothing behind', async () => {
    const parent = await makeOutputs('terminated');
    const before = await fingerprint(parent);
    const child = spawn(process.execPath, ['bin/fieldguide.js', 'build', 'tests/fixtures/site/hostile', '--out', join(parent, 'previous')], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    while ((await scratchFolders(parent)).length === 0) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 2000));
    child.kill('SIGTERM');
    expect(await closed).toBe(143);
    expect(stderr).toContain('Stopped: the build was abandoned and');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await scratchFolders(parent)).toEqual([]);
    expect(await fingerprint(parent)).toEqual(before);
  });
});
