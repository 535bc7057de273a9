import { describe, expect, it } from 'vitest';
import { editHref, makeHref, systemPath, teamPath } from '../../src/site/make-href.ts';

describe('links', () => {
  it('puts every internal link under the configured base', () => {
    expect(makeHref('/', '')).toBe('/');
    expect(makeHref('/catalog/', systemPath('pulse'))).toBe('/catalog/systems/pulse/');
    expect(makeHref('/catalog/', `/${teamPath('releng')}`)).toBe('/catalog/teams/releng/');
  });

  it('points "Edit this page" at the doc in the repository, or nowhere without one', () => {
    expect(editHref({ repository: 'https://github.com/org/repo', branch: 'main' }, 'systems/pulse.md')).toBe('https://github.com/org/repo/edit/main/systems/pulse.md');
    expect(editHref({ repository: 'https://github.com/org/repo', branch: 'release/2 x' }, 'docs/my systems/a.md')).toBe('https://github.com/org/repo/edit/release/2%20x/docs/my%20systems/a.md');
    expect(editHref({ branch: 'main' }, 'systems/pulse.md')).toBeUndefined();
  });
});
