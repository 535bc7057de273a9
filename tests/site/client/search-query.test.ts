import { describe, expect, it } from 'vitest';
import { isEmptyQuery, mergeById, phraseOf, readSearchQuery, searchQueryString } from '../../../src/site/client/search-query.ts';

describe('search URLs', () => {
  it('round-trips the words and the filters, facets in their shown order', () => {
    const query = { q: ' tree closure ', filters: { tag: ['ci', 'hg'], type: ['term'], team: ['releng'] } };
    const text = searchQueryString(query);
    expect(text).toBe('?q=tree+closure&type=term&team=releng&tag=ci&tag=hg');
    expect(readSearchQuery(text)).toEqual({ q: 'tree closure', filters: { type: ['term'], team: ['releng'], tag: ['ci', 'hg'] } });
  });

  it('ignores unknown parameters, empty and repeated values', () => {
    expect(readSearchQuery('?q=a&utm_source=x&team=&team=it&team=it')).toEqual({ q: 'a', filters: { team: ['it'] } });
    expect(searchQueryString({ q: '', filters: {} })).toBe('');
    expect(isEmptyQuery(readSearchQuery(''))).toBe(true);
    expect(isEmptyQuery(readSearchQuery('?type=person'))).toBe(false);
  });
});

describe('phrase first', () => {
  it('quotes a query of several words, not one word or a query already quoted', () => {
    expect(phraseOf('never  exercised')).toBe('"never exercised"');
    expect(phraseOf('never')).toBeUndefined();
    expect(phraseOf('"never exercised"')).toBeUndefined();
  });

  it('puts the phrase results first, without repeating them', () => {
    expect(mergeById([{ id: 'b' }], [{ id: 'a' }, { id: 'b' }, { id: 'c' }]).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});
