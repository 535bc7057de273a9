import type { SystemData } from '../types/system.ts';

/** What the search index holds about a system besides its text: facet values and the fields results show. */
export interface SearchRecord {
  /** Facet values by facet name (`team`, `lifecycle`, `tier`, `kind`, `tag`), as shown to readers. */
  filters: Record<string, string[]>;
  /** Result fields: `title` and `summary`. */
  meta: Record<string, string>;
}

/** The search record for one system. Values are plain text; the page escapes them where they land. */
export function toSearchRecord(data: SystemData, teamName: string): SearchRecord {
  const filters: Record<string, string[]> = {
    team: [teamName],
    lifecycle: [capitalize(data.lifecycle)],
  };
  if (data.tier !== undefined) filters.tier = [`Tier ${data.tier}`];
  if (data.kind !== undefined) filters.kind = [capitalize(data.kind)];
  if (data.tags && data.tags.length > 0) filters.tag = [...data.tags];
  return { filters, meta: { title: data.name, summary: data.summary } };
}

/** `production` → `Production`: facets read as words, like the rest of the site. */
function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
