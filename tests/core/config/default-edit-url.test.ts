import { describe, expect, it } from 'vitest';
import { defaultEditUrl, FORGE_EDIT_URLS } from '../../../src/core/config/default-edit-url.ts';

describe('defaultEditUrl', () => {
  it.each([
    ['https://github.com/org/repo', FORGE_EDIT_URLS.github],
    ['https://GitHub.com/org/repo', FORGE_EDIT_URLS.github],
    ['https://github.example.com/org/repo', FORGE_EDIT_URLS.github],
    ['https://gitlab.com/group/sub/repo', FORGE_EDIT_URLS.gitlab],
    ['https://gitlab.example.org/org/repo', FORGE_EDIT_URLS.gitlab],
    ['https://codeberg.org/org/repo', FORGE_EDIT_URLS.gitea],
    ['https://gitea.com/org/repo', FORGE_EDIT_URLS.gitea],
    ['http://forgejo.internal:3000/org/repo', FORGE_EDIT_URLS.gitea],
    ['https://bitbucket.org/org/repo', FORGE_EDIT_URLS.bitbucket],
  ])('recognises %s', (repository, pattern) => {
    expect(defaultEditUrl(repository)).toBe(pattern);
  });

  it.each([
    'https://git.example.org/org/repo',
    'https://bitbucket.example.com/projects/P/repos/r',
    'https://example.com/github/repo',
    'https://',
  ])('has no pattern for %s: a guessed one would give every page a broken link', (repository) => {
    expect(defaultEditUrl(repository)).toBeUndefined();
  });
});
