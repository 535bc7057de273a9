import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Pagefind's ready-made interfaces, which `writeFiles` always writes; fieldguide's own search uses `pagefind.js` only. */
const STOCK_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** Files a reference to a stock UI file could be in. */
const TEXT = /\.(?:html|js|mjs|css|json)$/;

/**
 * Removes the stock search UI files from `<site>/pagefind/` that no page, script or style of the site names. They
 * render filter labels as HTML, so a site that does not use them should not serve them. Returns the removed names.
 */
export async function removeUnusedSearchUi(site: string): Promise<string[]> {
  const folder = join(site, 'pagefind');
  const candidates = (await readdir(folder).catch(() => [])).filter((name) => STOCK_UI.test(name)).sort();
  if (candidates.length === 0) return [];
  const unused = new Set(candidates);
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const texts = entries
    .filter((e) => e.isFile() && TEXT.test(e.name) && !(e.parentPath === folder && unused.has(e.name)))
    .map((e) => join(e.parentPath, e.name));
  // In batches: a large catalog has thousands of pages, and the bytes are searched without decoding them.
  for (let i = 0; i < texts.length && unused.size > 0; i += 64) {
    const bytes = await Promise.all(texts.slice(i, i + 64).map((path) => readFile(path)));
    for (const buffer of bytes) for (const name of unused) if (buffer.includes(name)) unused.delete(name);
  }
  await Promise.all([...unused].map((name) => rm(join(folder, name))));
  return [...unused];
}
