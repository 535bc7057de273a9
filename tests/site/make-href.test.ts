import { describe, expect, it } from 'vitest';
import { makeHref, systemPath, teamPath } from '../../src/site/make-href.ts';

describe('links', () => {
  it('puts every internal link under the configured base', () => {
    expect(makeHref('/', '')).toBe('/');
    expect(makeHref('/catalog/', systemPath('pulse'))).toBe('/catalog/systems/pulse/');
    expect(makeHref('/catalog/', `/${teamPath('releng')}`)).toBe('/catalog/teams/releng/');
  });
});
