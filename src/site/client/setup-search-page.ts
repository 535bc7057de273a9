// The search page (`search/?q=…&team=…`): the URL holds the words and the filters, so a search can be shared,
// bookmarked and gone back to; every result is reachable, twenty at a time, with the total shown.
import { checkedFilters, countText, renderFacets, resultItem } from './render-search.ts';
import { loadPagefind, runPagefind, type PagefindResult } from './run-pagefind.ts';
import { isEmptyQuery, readSearchQuery, searchQueryString, type SearchQuery } from './search-query.ts';

/** Results added per "Show more". */
const PAGE = 20;

/** Wires the search page: reads the search from the URL, runs it, and keeps the URL in step with the form. */
export function setupSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const filtersBox = document.getElementById('search-page-filters')!;
  const status = document.getElementById('search-page-status')!;
  const list = document.getElementById('search-page-results') as HTMLUListElement;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const base = form.dataset.base ?? '/';
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<string, Record<string, string>>;
  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;
  let timer: number | undefined;

  const showMore = async (mine: number) => {
    const next = results.slice(shown, shown + PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...data.map((d) => resultItem(d, labels)));
    shown += next.length;
    const total = results.length;
    status.textContent = `${countText(total)}${total > shown ? `, showing ${shown}` : ''}.`;
    more.hidden = shown >= total;
    more.textContent = `Show ${Math.min(PAGE, total - shown)} more`;
  };

  const run = async (query: SearchQuery) => {
    const mine = ++generation;
    document.title = document.title.replace(/^.*? · /, `${query.q.trim() === '' ? 'Search' : `${query.q.trim()} – Search`} · `);
    if (isEmptyQuery(query)) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type some words, or pick a filter.';
      return;
    }
    const found = await runPagefind(await loadPagefind(base), query);
    if (mine !== generation) return;
    results = found;
    shown = 0;
    list.replaceChildren();
    await showMore(mine);
  };

  /** Runs what the form holds, recording it in the URL: a new history entry, or in place while typing. */
  const commit = (mode: 'push' | 'replace') => {
    const query = { q: input.value, filters: checkedFilters(filtersBox) };
    const url = `${window.location.pathname}${searchQueryString(query)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    return run(query);
  };

  /** Puts the URL's search into the form and runs it: on load and on Back/Forward. */
  const restore = async () => {
    const query = readSearchQuery(window.location.search);
    input.value = query.q;
    const pagefind = await loadPagefind(base);
    renderFacets(filtersBox, await pagefind.filters(), labels, query.filters, () => void commit('push'));
    await run(query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void commit('push');
  });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void commit('replace'), 150);
  });
  more.addEventListener('click', async () => {
    const first = shown;
    await showMore(generation);
    list.children[first]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => void restore());
  restore().catch(() => {
    status.textContent = 'Search is not available: the search index could not be loaded.';
  });
}
