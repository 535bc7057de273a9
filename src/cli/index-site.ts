import { removeUnusedSearchUi } from './remove-unused-search-ui.ts';

/**
 * Builds the Pagefind search index for a built site into `<site>/pagefind/`. Only system pages are indexed
 * (they mark their content `data-pagefind-body`); navigation, diagrams and their source are ignored by markup.
 * Pagefind's stock UI files are removed unless the site uses them: its own search needs `pagefind.js` only.
 */
export async function indexSite(site: string): Promise<{ errors: string[] }> {
  // Loaded here, not at the top: Pagefind is one of the site's peer dependencies, which a check-only install omits.
  const pagefind = await import('pagefind');
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
