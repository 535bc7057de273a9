// The search dialog's behaviour. Pagefind's script and index load on first open, so pages that are never
// searched pay nothing. Results and facets are built with DOM calls, never from HTML strings.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: { filters?: Record<string, string[]> }) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

/** The facets, in the order they are shown; the names match the pages' `data-pagefind-filter` names. */
const FACETS = [['team', 'Team'], ['lifecycle', 'Lifecycle'], ['tier', 'Tier'], ['kind', 'Kind'], ['tag', 'Tag']] as const;
const SHOWN = 20;

/** Wires the header's Search link, the `/` and Ctrl+K shortcuts, the query box and the facet checkboxes. */
export function setupSearch(): void {
  const dialog = document.getElementById('site-search') as HTMLDialogElement | null;
  if (!dialog) return;
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const filtersBox = dialog.querySelector<HTMLElement>('#search-filters')!;
  const status = dialog.querySelector<HTMLElement>('.search-status')!;
  const list = dialog.querySelector<HTMLUListElement>('#search-results')!;
  const base = dialog.dataset.base ?? '/';
  const labels = JSON.parse(dialog.dataset.labels ?? '{}') as Record<string, Record<string, string>>;
  let api: Promise<PagefindApi> | undefined;
  let timer: number | undefined;
  let generation = 0;

  const load = () => {
    api ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
      await pagefind.options({ baseUrl: base, excerptLength: 22 });
      await pagefind.init();
      renderFacets(filtersBox, await pagefind.filters(), labels, () => void run());
      return pagefind;
    })();
    return api;
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
    const term = input.value.trim();
    const filters = checkedFilters(filtersBox);
    if (term === '' && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pagefind = await load();
    const found = await pagefind.search(term === '' ? null : term, { filters });
    const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...data.map(resultItem));
    const total = found.results.length;
    status.textContent = total === 0 ? 'No systems match.' : `${total} system${total === 1 ? '' : 's'} found${total > SHOWN ? `, showing the first ${SHOWN}` : ''}.`;
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
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 120);
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

/** The facets' checkboxes: each value is an id from the index, shown as its word from `labels` (as text, never HTML). */
function renderFacets(box: HTMLElement, available: Record<string, Record<string, number>>, labels: Record<string, Record<string, string>>, onChange: () => void): void {
  const sets: HTMLFieldSetElement[] = [];
  for (const [name, label] of FACETS) {
    const word = (value: string) => (Object.hasOwn(labels[name] ?? {}, value) ? labels[name]![value]! : value);
    const values = Object.entries(available[name] ?? {})
      .map(([value, count]) => ({ value, count, text: word(value) }))
      .sort((a, b) => a.text.localeCompare(b.text, 'en', { numeric: true }));
    if (values.length === 0) continue;
    const set = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label;
    const chips = document.createElement('div');
    chips.className = 'chips';
    for (const { value, count, text } of values) {
      const option = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.addEventListener('change', onChange);
      option.append(box, ` ${text} (${count})`);
      chips.append(option);
    }
    set.append(legend, chips);
    sets.push(set);
  }
  box.replaceChildren(...sets);
}

function checkedFilters(box: HTMLElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (filters[input.name] ??= []).push(input.value);
  }
  return filters;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  item.append(link);
  if (data.meta.summary) {
    const summary = document.createElement('p');
    summary.textContent = data.meta.summary;
    item.append(summary);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

/** Pagefind marks matches with `<mark>`; keep those and treat everything else as text. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of doc.body.childNodes) {
    if (child.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(child.textContent ?? ''));
    }
  }
  return nodes;
}
