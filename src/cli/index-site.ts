import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index for a built site into `<site>/pagefind/`. Only system pages are indexed
 * (they mark their content `data-pagefind-body`); navigation, diagrams and their source are ignored by markup.
 */
export async function indexSite(site: string): Promise<{ errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { errors };
  try {
    const added = await index.addDirectory({ path: site });
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    return { errors: [...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
