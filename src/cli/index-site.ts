import * as pagefind from 'pagefind';
import { removeUnusedSearchUi } from './remove-unused-search-ui.ts';

/**
 * Builds the Pagefind search index for a built site into `<site>/pagefind/`. Only system pages are indexed
 * (they mark their content `data-pagefind-body`); navigation, diagrams and their source are ignored by markup.
 * Pagefind's stock UI files are removed unless the site uses them: its own search needs `pagefind.js` only.
 */
export async function indexSite(site: string): Promise<{ errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { errors };
  try {
    const added = await index.addDirectory({ path: site });
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    const failed = [...added.errors, ...written.errors];
    if (failed.length === 0) await removeUnusedSearchUi(site);
    return { errors: failed };
  } finally {
    await pagefind.close();
  }
}
