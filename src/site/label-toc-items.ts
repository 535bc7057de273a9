/** One entry of a page's "On this page" menu. */
export interface TocItem {
  slug: string;
  text: string;
  depth: number;
}

/**
 * Tells apart menu entries that would read the same: a doc's own heading (depth 3, under "Documentation") that
 * repeats one of the page's sections, such as a body's "## Failure modes" beside the page's failure-modes table,
 * is marked "(in the doc)", so no two entries of the menu say the same thing.
 */
export function labelTocItems(items: readonly TocItem[]): TocItem[] {
  const key = (text: string) => text.trim().toLowerCase();
  const sections = new Set(items.filter((i) => i.depth === 2).map((i) => key(i.text)));
  const seen = new Map<string, number>();
  return items.map((item) => {
    const k = key(item.text);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (item.depth > 2 && sections.has(k)) return { ...item, text: `${item.text} (in the doc)` };
    // Two body headings with the same words: number the later ones, as their slugs are.
    if (n > 1 && item.depth > 2) return { ...item, text: `${item.text} (${n})` };
    return item;
  });
}
