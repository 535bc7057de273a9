/**
 * A URL from the docs if it is safe to link to (https, http or mailto), otherwise `undefined`. The schema already
 * refuses other schemes; this keeps a `javascript:` or `data:` URL out of an `href` even if that ever changed.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return /^(?:https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}
