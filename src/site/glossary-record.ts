import type { Catalog } from '../core/analyze-catalog.ts';
import { findTermsUsed } from '../core/glossary/find-terms-used.ts';

/** A glossary term as the site stores it: the file's fields and the systems whose docs use it. */
export interface GlossaryRecord {
  term: string;
  /** The page name: `glossary/<slug>/`, and the term's anchor on `/glossary/`. */
  slug: string;
  definition: string;
  aliases: string[];
  /** Ids of the systems the term is about, as the glossary links them. */
  systems: string[];
  /** Ids of the systems whose name, summary or body uses the term or an alias, by id. */
  usedBy: string[];
}

/** The catalog's glossary, alphabetical (ignoring case), with the systems each term is used by: computed once, at load. */
export function toGlossaryRecords(catalog: Pick<Catalog, 'glossary' | 'systems'>): GlossaryRecord[] {
  const usedBy = new Map<string, string[]>(catalog.glossary.map((t) => [t.slug, []]));
  for (const system of [...catalog.systems].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const text = `${system.data.name}\n${system.data.summary}\n${system.body}`;
    for (const slug of findTermsUsed(catalog.glossary, text)) usedBy.get(slug)!.push(system.id);
  }
  return catalog.glossary
    .map(({ term, slug, definition, aliases, systems }) => ({ term, slug, definition, aliases, systems, usedBy: usedBy.get(slug)! }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }) || (a.slug < b.slug ? -1 : 1));
}
