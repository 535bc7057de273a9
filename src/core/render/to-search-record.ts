import type { SystemData } from '../types/system.ts';

/** What the search index holds about a system besides its text: facet values and the fields results show. */
export interface SearchRecord {
  /**
   * Facet values by facet name (`type`, `team`, `lifecycle`, `tier`, `kind`, `tag`): ids as the schema restricts them
   * (kebab-case, digits), never display text, so no search UI can be made to render a team's name as HTML.
   * fieldguide's own dialog shows them with the words from `searchLabels`.
   */
  filters: Record<string, string[]>;
  /** Result fields: `title` and `summary`. */
  meta: Record<string, string>;
}

/** The search record for one system. Values are plain text; the page escapes them where they land. */
export function toSearchRecord(data: SystemData): SearchRecord {
  // `type` tells a system page from a person's or a glossary term's, which mark theirs in their own markup.
  const filters: Record<string, string[]> = {
    type: ['system'],
    team: [data.owner],
    lifecycle: [data.lifecycle],
  };
  if (data.tier !== undefined) filters.tier = [String(data.tier)];
  if (data.kind !== undefined) filters.kind = [data.kind];
  if (data.tags && data.tags.length > 0) filters.tag = [...data.tags];
  return { filters, meta: { title: data.name, summary: data.summary } };
}
