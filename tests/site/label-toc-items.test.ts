import { describe, expect, it } from 'vitest';
import { labelTocItems } from '../../src/site/label-toc-items.ts';

describe('labelTocItems', () => {
  it('marks a doc heading that repeats a page section, so "Failure modes" is not in the menu twice', () => {
    const items = [
      { slug: 'documentation', text: 'Documentation', depth: 2 },
      { slug: 'failure-modes', text: 'Failure modes', depth: 3 },
      { slug: 'runbook', text: 'Runbook', depth: 3 },
      { slug: 'known-failure-modes', text: 'Failure modes', depth: 2 },
    ];
    expect(labelTocItems(items).map((i) => i.text)).toEqual(['Documentation', 'Failure modes (in the doc)', 'Runbook', 'Failure modes']);
  });

  it('numbers repeated doc headings and leaves distinct ones alone', () => {
    const items = [{ slug: 'notes', text: 'Notes', depth: 3 }, { slug: 'notes-1', text: 'Notes', depth: 3 }, { slug: 'a', text: 'A', depth: 2 }];
    expect(labelTocItems(items).map((i) => i.text)).toEqual(['Notes', 'Notes (2)', 'A']);
  });
});
