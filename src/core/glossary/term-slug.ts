/**
 * A glossary term's page name: lowercase letters and digits, every other run of characters one hyphen
 * (`Tree closure` -> `tree-closure`, `l10n repack` -> `l10n-repack`). Two terms with one slug are reported
 * (`duplicate-term`), so no page is silently shared.
 */
export function termSlug(term: string): string {
  return term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
