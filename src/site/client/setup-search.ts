// The search dialog's behaviour. Pagefind's script and index load on first open, so pages that are never
// searched pay nothing. The dialog shows the best few results; "See all" opens the search page with the same search.
import { checkedFilters, countText, renderFacets, resultItem } from './render-search.ts';
import { loadPagefind, runPagefind } from './run-pagefind.ts';
import { isEmptyQuery, searchQueryString } from './search-query.ts';

/** Results the dialog shows; the search page shows them all. */
const SHOWN = 8;

/** Wires the header's Search link, the `/` and Ctrl+K shortcuts, the query box and the facet checkboxes. */
export function setupSearch(): void {
  const dialog = document.getElementById('site-search') as HTMLDialogElement | null;
  if (!dialog) return;
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const filtersBox = dialog.querySelector<HTMLElement>('#search-filters')!;
  const status = dialog.querySelector<HTMLElement>('.search-status')!;
  const list = dialog.querySelector<HTMLUListElement>('#search-results')!;
  const seeAll = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const filterToggle = dialog.querySelector<HTMLElement>('.search-filter-toggle > summary');
  const base = dialog.dataset.base ?? '/';
  const labels = JSON.parse(dialog.dataset.labels ?? '{}') as Record<string, Record<string, string>>;
  let facetsShown = false;
  let timer: number | undefined;
  let generation = 0;

  const load = async () => {
    const pagefind = await loadPagefind(base);
    if (!facetsShown) {
      facetsShown = true;
      renderFacets(filtersBox, await pagefind.filters(), labels, {}, () => void run());
    }
    return pagefind;
  };

  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    load().catch(() => {
      status.textContent = 'Search is not available: the search index could not be loaded.';
    });
  };

  const run = async () => {
    const mine = ++generation;
    const query = { q: input.value, filters: checkedFilters(filtersBox) };
    const on = Object.values(query.filters).flat().length;
    if (filterToggle) filterToggle.textContent = on === 0 ? 'Filters' : `Filters (${on} on)`;
    seeAll.href = `${base}search/${searchQueryString(query)}`;
    if (isEmptyQuery(query)) {
      list.replaceChildren();
      status.textContent = '';
      seeAll.hidden = true;
      return;
    }
    const results = await runPagefind(await load(), query);
    const data = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...data.map((d) => resultItem(d, labels)));
    const total = results.length;
    status.textContent = `${countText(total)}.`;
    seeAll.hidden = total <= SHOWN;
    seeAll.textContent = `See all ${total} results`;
  };

  for (const opener of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    opener.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
  }
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Chromium spends the first Escape in a search box on clearing it, so the dialog needed a second: close on the first.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 120);
  });
  // Enter opens the search page with everything, as "See all" does.
  dialog.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.assign(`${base}search/${searchQueryString({ q: input.value, filters: checkedFilters(filtersBox) })}`);
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      open();
    } else if (event.key === '/' && !typing && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      open();
    }
  });
}
