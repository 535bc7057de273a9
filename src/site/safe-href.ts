import systemSchema from '../../schema/system.schema.json' with { type: 'json' };

/** The schema's own test for a linkable URL (https, http or mailto in any case, with a host or an address). */
const LINKABLE = new RegExp(systemSchema.$defs.url.pattern, 'u');

/**
 * A URL from the docs if it is safe to link to, otherwise `undefined`. The schema already refuses everything else;
 * this keeps a `javascript:` or `data:` URL out of an `href` even if that ever changed, with the schema's own pattern
 * so the two cannot disagree.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.trim();
  return LINKABLE.test(trimmed) ? trimmed : undefined;
}
