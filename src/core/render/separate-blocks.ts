/** Closing tags of elements whose text reads as separate from the next element's (cells, items, paragraphs…). */
const BLOCK_END = /(<\/(?:td|th|li|dt|dd|p|h[1-6]|div|tr|caption|figcaption|blockquote|section|summary|label)>)(?=<)|(<br\s*\/?>)(?=\S)/gi;

/**
 * The page as the search index should read it: a space after each closing cell, item or paragraph tag that is
 * directly followed by another tag, and after a line break followed by anything. Astro writes `<td>A</td><td>B</td>` with nothing between, and Pagefind joins
 * adjacent text, so excerpts read "What goes wrongImpact"; whitespace between such tags changes nothing on screen.
 */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, (tag: string) => `${tag} `);
}
