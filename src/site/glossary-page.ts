import type { GlossaryRecord } from './glossary-record.ts';
import type { SiteModel } from './site-model.ts';

/** The path of a term's page, relative to the base. */
export function termPath(slug: string): string {
  return `glossary/${slug}/`;
}

/** A system as a glossary page links it. */
export interface TermSystem {
  id: string;
  name: string;
  summary: string;
}

/** One term as the glossary pages show it. */
export interface TermView {
  term: string;
  slug: string;
  definition: string;
  aliases: string[];
  /** The systems the term is about (linked in the glossary file), by name. */
  about: TermSystem[];
  /** Other systems whose docs use the term, by name. */
  usedBy: TermSystem[];
}

/** The glossary page's groups: terms by first letter (digits and symbols under `#`), alphabetical. */
export interface GlossaryIndex {
  count: number;
  groups: { letter: string; terms: TermView[] }[];
}

/** The glossary's terms, alphabetical, with their systems resolved to names. */
export function termViews(model: Pick<SiteModel, 'byId' | 'meta'>): TermView[] {
  return (model.meta.glossary ?? []).map((record) => toView(record, model));
}

/** The glossary page: every term under its first letter. */
export function glossaryIndex(model: Pick<SiteModel, 'byId' | 'meta'>): GlossaryIndex {
  const views = termViews(model);
  const groups: GlossaryIndex['groups'] = [];
  for (const view of views) {
    const first = view.term.trim().charAt(0).toLocaleUpperCase('en');
    const letter = /\p{L}/u.test(first) ? first : '#';
    const last = groups.at(-1);
    if (last?.letter === letter) last.terms.push(view);
    else groups.push({ letter, terms: [view] });
  }
  return { count: views.length, groups };
}

/** The terms a system's doc uses, alphabetical: the "Terms used here" list of its page. */
export function termsUsedBy(model: Pick<SiteModel, 'meta'>, systemId: string): { term: string; slug: string; definition: string }[] {
  return (model.meta.glossary ?? []).filter((t) => t.usedBy.includes(systemId)).map(({ term, slug, definition }) => ({ term, slug, definition }));
}

function toView(record: GlossaryRecord, model: Pick<SiteModel, 'byId'>): TermView {
  const system = (id: string): TermSystem[] => {
    const found = model.byId.get(id);
    return found ? [{ id, name: found.data.name, summary: found.data.summary }] : [];
  };
  const byName = (a: TermSystem, b: TermSystem) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);
  const about = new Set(record.systems);
  return {
    term: record.term,
    slug: record.slug,
    definition: record.definition,
    aliases: record.aliases,
    about: record.systems.flatMap(system).sort(byName),
    usedBy: record.usedBy.filter((id) => !about.has(id)).flatMap(system).sort(byName),
  };
}
