import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { swapIntoPlace } from '../../src/cli/swap-into-place.ts';
import { makeProject } from '../helpers/run-cli.ts';

describe('swapIntoPlace', () => {
  it('moves the new site in and sets the old one aside in the scratch folder', () => {
    const root = makeProject({ 'scratch/site/index.html': 'new', 'dist/index.html': 'old' });
    swapIntoPlace(join(root, 'scratch/site'), join(root, 'dist'), join(root, 'scratch'));
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(root, 'scratch/previous/index.html'), 'utf8')).toBe('old');
  });

  it('moves the new site in when there was none', () => {
    const root = makeProject({ 'scratch/site/index.html': 'new' });
    swapIntoPlace(join(root, 'scratch/site'), join(root, 'dist'), join(root, 'scratch'));
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('new');
  });

  it('puts the old site back when the new one cannot be moved in', () => {
    const root = makeProject({ 'scratch/.keep': '', 'dist/index.html': 'old' });
    expect(() => swapIntoPlace(join(root, 'scratch/site'), join(root, 'dist'), join(root, 'scratch'))).toThrow(/ENOENT/);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('old');
    expect(existsSync(join(root, 'scratch/previous'))).toBe(false);
  });
});
