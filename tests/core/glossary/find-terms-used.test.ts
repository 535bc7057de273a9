import { describe, expect, it } from 'vitest';
import { findTermsUsed } from '../../../src/core/glossary/find-terms-used.ts';
import { termSlug } from '../../../src/core/glossary/term-slug.ts';

const terms = [
  { term: 'Tree closure', slug: 'tree-closure', aliases: ['closed tree'] },
  { term: 'tac', slug: 'tac', aliases: [] },
  { term: 'Sheriff', slug: 'sheriff', aliases: [] },
  { term: 'l10n repack', slug: 'l10n-repack', aliases: [] },
];

describe('findTermsUsed', () => {
  it('finds whole words and phrases, ignoring case, line breaks between words and a plural', () => {
    expect(findTermsUsed(terms, 'The sheriffs watch for a\nclosed  tree; the L10N repack runs nightly.')).toEqual(['tree-closure', 'sheriff', 'l10n-repack']);
  });

  it('does not find a term inside another word', () => {
    expect(findTermsUsed(terms, 'A stack of tactics; attack-tac is not it either.')).toEqual([]);
    expect(findTermsUsed(terms, 'Fetches `buildbot.tac` first.')).toEqual(['tac']);
  });
});

describe('termSlug', () => {
  it('makes a page name of letters, digits and single hyphens', () => {
    expect(['Tree closure', 'l10n repack', ' Café -- Crème ', 'TAC'].map(termSlug)).toEqual(['tree-closure', 'l10n-repack', 'cafe-creme', 'tac']);
  });
});
