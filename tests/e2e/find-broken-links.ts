import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Every `.html` file under `dir`, as `/`-separated paths relative to it. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

const LINKING: Record<string, string[]> = { a: ['href'], link: ['href'], script: ['src'], img: ['src'], source: ['src'], iframe: ['src'] };

/**
 * Walks a built site and returns every internal link or anchor that does not resolve: a page or file that is
 * not there, or a `#fragment` that names no id on the target page. Links are resolved the way a browser would,
 * against each page's URL under `base`.
 */
export async function findBrokenLinks(dir: string, base: string): Promise<string[]> {
  const files = await htmlFiles(dir);
  const ids = new Map<string, Set<string>>();
  const links: { from: string; url: string }[] = [];
  for (const file of files) {
    const tree = fromHtml(await readFile(join(dir, file), 'utf8')) as Root;
    const pageIds = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') pageIds.add(node.properties.id);
      for (const attribute of LINKING[node.tagName] ?? []) {
        const value = node.properties[attribute] ?? node.properties.xLinkHref;
        if (typeof value === 'string') links.push({ from: file, url: value });
      }
    });
    ids.set(file, pageIds);
  }
  const origin = 'http://site.invalid';
  const broken: string[] = [];
  for (const { from, url } of links) {
    const page = new URL(`${base}${from.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    const target = new URL(url, page);
    if (target.origin !== origin) continue;
    if (!target.pathname.startsWith(base)) {
      broken.push(`${from}: ${url} (outside the base ${base})`);
      continue;
    }
    const path = decodeURIComponent(target.pathname.slice(base.length));
    const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
    let found: string | undefined;
    for (const candidate of candidates) {
      if (await stat(join(dir, candidate)).then((s) => s.isFile(), () => false)) {
        found = candidate;
        break;
      }
    }
    if (found === undefined) {
      broken.push(`${from}: ${url} (no such page)`);
      continue;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment !== '' && !ids.get(found)?.has(fragment)) broken.push(`${from}: ${url} (no id "${fragment}" on ${found})`);
  }
  return [...new Set(broken)];
}
