/** A problem that stops the whole run (not a problem in a doc), such as a missing folder. */
export class CatalogError extends Error {
  override name = 'CatalogError';
}
