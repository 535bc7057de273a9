// The failure-modes table with JavaScript. Without it, CSS applies the radio filters and each heading links to a
// page sorted by that column; with it, a team and a text filter appear, the filters live in the URL
// (`?status=never&tier=1`) so a filtered view can be linked, and headings sort in place.

const FILTERS = ['status', 'tier', 'lifecycle', 'team', 'q'] as const;

/** Shows the script-only filters and the count, applies filters from the URL, and turns headings into sort buttons. */
export function setupFailureModesTable(): void {
  const form = document.querySelector<HTMLFormElement>('[data-fm-filters]');
  const table = document.querySelector<HTMLTableElement>('table[data-fm-table]');
  if (!form || !table) return;
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const count = form.querySelector<HTMLOutputElement>('[data-fm-count]')!;
  for (const element of form.querySelectorAll<HTMLElement>('[data-fm-js]')) element.hidden = false;
  count.hidden = false;

  const params = new URLSearchParams(window.location.search);
  for (const name of FILTERS) {
    const value = params.get(name);
    if (!value) continue;
    const field = form.elements.namedItem(name);
    // A value not offered (a typo in a link) is ignored rather than hiding every row.
    if (field instanceof RadioNodeList) {
      const radio = [...field].find((r) => (r as HTMLInputElement).value === value) as HTMLInputElement | undefined;
      if (radio) radio.checked = true;
    } else if (field instanceof HTMLSelectElement) {
      if ([...field.options].some((o) => o.value === value)) field.value = value;
    } else if (field instanceof HTMLInputElement) {
      field.value = value;
    }
  }

  const apply = () => {
    const data = new FormData(form);
    const team = String(data.get('team') ?? '');
    const text = String(data.get('q') ?? '').trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      // The radios are applied by CSS; the script adds the team and the text, and counts what is left visible.
      row.hidden = (team !== '' && d.team !== team) || (text !== '' && !(d.text ?? '').includes(text));
      if (!row.hidden && getComputedStyle(row).display !== 'none') shown++;
    }
    count.value = `${shown} of ${rows.length} failure modes`;
    const query = new URLSearchParams();
    for (const [key, value] of data) if (String(value) !== '') query.set(key, String(value));
    const search = query.toString();
    history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();

  const headings = [...table.tHead!.rows[0]!.cells];
  for (const th of headings) {
    const key = th.dataset.sort;
    if (!key) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    const useful = th.dataset.direction === 'descending' ? 'descending' : 'ascending';
    button.addEventListener('click', () => {
      // The first click sorts the column's useful way (most systems taken down first); the next one reverses it.
      const reversed = th.getAttribute('aria-sort') === useful;
      for (const other of headings) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', reversed ? (useful === 'ascending' ? 'descending' : 'ascending') : useful);
      const value = (row: HTMLTableRowElement) => row.dataset[`sort${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '';
      const sorted = [...rows].sort((a, b) => {
        const order = value(a).localeCompare(value(b), 'en', { numeric: true }) || (a.dataset.sortSystem ?? '').localeCompare(b.dataset.sortSystem ?? '', 'en');
        return reversed ? -order : order;
      });
      body.append(...sorted);
    });
  }
}
