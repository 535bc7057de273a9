// Loading Pagefind's script and index on first use, and running a search the same way for the dialog and the page.
import { mergeById, phraseOf, type SearchQuery } from './search-query.ts';

/** What a result shows, from Pagefind's `data()`. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
/** One result before its data is loaded. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] } | null>;
}

const loaded = new Map<string, Promise<PagefindApi>>();

/** Pagefind under `base`, loaded and initialized once per page. */
export function loadPagefind(base: string): Promise<PagefindApi> {
  let api = loaded.get(base);
  if (!api) {
    api = (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
      await pagefind.options({ baseUrl: base, excerptLength: 22 });
      await pagefind.init();
      return pagefind;
    })();
    loaded.set(base, api);
  }
  return api;
}

/**
 * Every result of a search, best first. A query of several words runs twice: the exact phrase's results come
 * first, then the other pages that have the words, so "never exercised" leads with pages that say it.
 */
export async function runPagefind(pagefind: PagefindApi, query: SearchQuery): Promise<PagefindResult[]> {
  const term = query.q.trim() === '' ? null : query.q.trim();
  const options = { filters: query.filters };
  const phrase = term === null ? undefined : phraseOf(term);
  const [exact, all] = await Promise.all([phrase ? pagefind.search(phrase, options) : null, pagefind.search(term, options)]);
  return mergeById(exact?.results ?? [], all?.results ?? []);
}
