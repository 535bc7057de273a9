// The search dialog's and page's DOM: facet checkboxes and result items, built with DOM calls, never from HTML strings.
import type { PagefindResultData } from './run-pagefind.ts';
import { FACETS } from './search-query.ts';

/** Values shown per facet before the rest are folded behind a "more" control (tags run to dozens). */
const VISIBLE_VALUES = 6;

/**
 * The facets' checkboxes, one compact row per facet: each value is an id from the index, shown as its word from
 * `labels` (as text, never HTML), most used first. Past {@link VISIBLE_VALUES}, the rest sit in a closed
 * `<details>` ("12 more tags"), opened when one of them is checked.
 */
export function renderFacets(
  box: HTMLElement, available: Record<string, Record<string, number>>, labels: Record<string, Record<string, string>>,
  selected: Record<string, string[]>, onChange: () => void,
): void {
  const sets: HTMLFieldSetElement[] = [];
  for (const [name, label] of FACETS) {
    const word = (value: string) => (Object.hasOwn(labels[name] ?? {}, value) ? labels[name]![value]! : value);
    const values = Object.entries(available[name] ?? {})
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, count, text: word(value) }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'en', { numeric: true }));
    if (values.length === 0) continue;
    const set = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label;
    const chips = document.createElement('div');
    chips.className = 'chips';
    const checked = new Set(selected[name] ?? []);
    const chip = ({ value, count, text }: (typeof values)[number]) => {
      const option = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = name;
      input.value = value;
      input.checked = checked.has(value);
      input.addEventListener('change', onChange);
      option.append(input, ` ${text} (${count})`);
      return option;
    };
    chips.append(...values.slice(0, VISIBLE_VALUES).map(chip));
    const rest = values.slice(VISIBLE_VALUES);
    if (rest.length > 0) {
      const more = document.createElement('details');
      more.className = 'more-values';
      more.open = rest.some((v) => checked.has(v.value));
      const summary = document.createElement('summary');
      summary.textContent = `${rest.length} more ${label.toLowerCase()}${rest.length === 1 ? '' : 's'}`;
      const hidden = document.createElement('div');
      hidden.className = 'chips';
      hidden.append(...rest.sort((a, b) => a.text.localeCompare(b.text, 'en', { numeric: true })).map(chip));
      more.append(summary, hidden);
      chips.append(more);
    }
    set.append(legend, chips);
    sets.push(set);
  }
  box.replaceChildren(...sets);
}

/** The checked facet values in `box`, by facet name. */
export function checkedFilters(box: HTMLElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (filters[input.name] ??= []).push(input.value);
  return filters;
}

/** One result: its kind (system, person, glossary term), its title as a link, its summary and the excerpt with matches marked. */
export function resultItem(data: PagefindResultData, labels: Record<string, Record<string, string>>): HTMLLIElement {
  const item = document.createElement('li');
  const type = data.filters?.type?.[0];
  if (type) {
    const kind = document.createElement('span');
    kind.className = 'result-type';
    kind.textContent = labels.type?.[type] ?? type;
    item.append(kind, ' ');
  }
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

/** "26 results" / "1 result" / "No results", for the status line. */
export function countText(total: number): string {
  return total === 0 ? 'No results' : `${total} result${total === 1 ? '' : 's'}`;
}
