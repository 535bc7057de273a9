import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { separateBlocks } from '../core/render/separate-blocks.ts';
import { removeUnusedSearchUi } from './remove-unused-search-ui.ts';
import { selectIndexedHtml } from './select-indexed-html.ts';

/**
 * Builds the Pagefind search index for a built site into `<site>/pagefind/`. Only pages that mark their content
 * `data-pagefind-body` are indexed (systems, people, glossary terms); navigation, diagrams and their source are
 * ignored by markup, and cut out before Pagefind parses the page (`selectIndexedHtml`). Each page is indexed with its cells and items separated (`separateBlocks`), so excerpts do
 * not run them together. Pagefind's stock UI files are removed unless the site uses them.
 */
export async function indexSite(site: string): Promise<{ errors: string[] }> {
  // Loaded here, not at the top: Pagefind is one of the site's peer dependencies, which a check-only install omits.
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { errors };
  try {
    const failed: string[] = [];
    for (const path of await listHtml(site)) {
      const indexed = selectIndexedHtml(await readFile(path, 'utf8'));
      if (indexed === undefined) continue;
      const content = separateBlocks(indexed);
      const added = await index.addHTMLFile({ sourcePath: relative(site, path).split(sep).join('/'), content });
      failed.push(...added.errors);
    }
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    failed.push(...written.errors);
    if (failed.length === 0) await removeUnusedSearchUi(site);
    return { errors: failed };
  } finally {
    await pagefind.close();
  }
}

/** Every `.html` file of the built site, outside the index's own folder. */
async function listHtml(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !relative(site, path).startsWith(`pagefind${sep}`))
    .sort();
}
