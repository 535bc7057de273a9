// The systems index's filters and sorting. The table is complete without this script; the script only hides
// rows and reorders them. Filter values live in the URL query (`?tag=ci`), so filtered views can be linked.

const FACETS = ['team', 'lifecycle', 'tier', 'kind', 'tag'] as const;

/** Shows the filter bar, applies filters from the URL, and makes the sortable headers clickable. */
export function setupTable(): void {
  const form = document.querySelector<HTMLFormElement>('[data-table-filters]');
  const table = document.querySelector<HTMLTableElement>('table[data-table]');
  if (!form || !table) return;
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const count = form.querySelector<HTMLOutputElement>('[data-table-count]')!;
  form.hidden = false;

  const params = new URLSearchParams(window.location.search);
  for (const element of form.elements) {
    const field = element as HTMLInputElement | HTMLSelectElement;
    const value = params.get(field.name);
    if (!value) continue;
    // A value not offered (a typo in a link) is ignored rather than hiding every row.
    if (field instanceof HTMLSelectElement && ![...field.options].some((o) => o.value === value)) continue;
    field.value = value;
  }

  const apply = () => {
    const data = new FormData(form);
    const text = String(data.get('q') ?? '').trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const match = FACETS.every((facet) => {
        const wanted = String(data.get(facet) ?? '');
        if (wanted === '') return true;
        return facet === 'tag' ? (d.tags ?? '').split(' ').includes(wanted) : d[facet] === wanted;
      }) && (text === '' || (d.text ?? '').includes(text));
      row.hidden = !match;
      if (match) shown++;
    }
    count.value = `${shown} of ${rows.length} systems`;
    const query = new URLSearchParams();
    for (const [key, value] of data) if (String(value) !== '') query.set(key, String(value));
    const search = query.toString();
    history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();

  for (const th of table.tHead!.rows[0]!.cells) {
    const key = th.dataset.sort;
    if (!key) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of table.tHead!.rows[0]!.cells) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const value = (row: HTMLTableRowElement) => row.dataset[`sort${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '';
      const sorted = [...rows].sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        const order = x.localeCompare(y, 'en', { numeric: true }) || (a.dataset.sortName ?? '').localeCompare(b.dataset.sortName ?? '', 'en');
        return ascending ? order : -order;
      });
      body.append(...sorted);
    });
  }
}
