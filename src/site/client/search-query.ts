// What a search is, as a URL holds it (`search/?q=…&team=…`), and the pure steps between the URL and Pagefind.

/** A search: the words typed and the facet values checked, by facet name. */
export interface SearchQuery {
  q: string;
  filters: Record<string, string[]>;
}

/** The facets, in the order they are shown; the names match the pages' `data-pagefind-filter` names. */
export const FACETS = [['type', 'Result'], ['team', 'Team'], ['lifecycle', 'Lifecycle'], ['tier', 'Tier'], ['kind', 'Kind'], ['tag', 'Tag']] as const;
const FACET_NAMES = new Set<string>(FACETS.map(([name]) => name));

/** Reads a search from a URL's query string: `q`, and each facet's values as repeated parameters. Unknown ones are ignored. */
export function readSearchQuery(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (FACET_NAMES.has(name) && value !== '' && !(filters[name] ??= []).includes(value)) filters[name]!.push(value);
  }
  return { q: params.get('q') ?? '', filters };
}

/** The query string for a search (`?q=tree+closure&type=term`), facets in their shown order: what the search page's URL holds. */
export function searchQueryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim() !== '') params.set('q', query.q.trim());
  for (const [name] of FACETS) for (const value of query.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * For a query of several words, not already quoted, the exact phrase (`"never exercised"`): its results are shown
 * first, so pages with the words together come before pages that only have each somewhere.
 */
export function phraseOf(q: string): string | undefined {
  const words = q.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || q.includes('"')) return undefined;
  return `"${words.join(' ')}"`;
}

/** `first`, then the items of `rest` not already in it (by id), in their order. */
export function mergeById<T extends { id: string }>(first: readonly T[], rest: readonly T[]): T[] {
  const seen = new Set(first.map((r) => r.id));
  return [...first, ...rest.filter((r) => !seen.has(r.id))];
}

/** True when the search asks for nothing: no words and no filters. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.q.trim() === '' && Object.values(query.filters).every((v) => v.length === 0);
}
