/** A problem that stops the whole run (not a problem in a doc), such as a missing folder: a message and how to fix it. */
export class CatalogError extends Error {
  override name = 'CatalogError';

  /** What to do about it, one sentence, printed under the message. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}
