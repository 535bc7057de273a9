/**
 * The one-line stderr note of `impact`, `graph` and `diff` when the catalog they answer from has errors, or nothing
 * when it has none: the answer is still given (a broken doc's readable parts are in it), but may be incomplete.
 */
export function formatIncompleteAnswer(docsWithErrors: number): string {
  if (docsWithErrors === 0) return '';
  const docs = docsWithErrors === 1 ? '1 doc has errors' : `${docsWithErrors} docs have errors`;
  return `${docs}; the answer may be incomplete: run \`fieldguide check\`.\n`;
}
