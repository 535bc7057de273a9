import { describe, expect, it } from 'vitest';
import { buildNewDocUrl } from '../../src/core/build-new-doc-url.ts';
import { defaultEditUrl } from '../../src/core/config/default-edit-url.ts';

const site = (repository: string, editUrl = defaultEditUrl(repository)) => ({ repository, branch: 'main', ...(editUrl ? { editUrl } : {}) });

describe('buildNewDocUrl', () => {
  it('opens the web editor on a new file in the catalog folder, on each forge that has that page', () => {
    expect(buildNewDocUrl(site('https://github.com/acme/catalog'), 'docs/my systems')).toBe('https://github.com/acme/catalog/new/main/docs/my%20systems');
    expect(buildNewDocUrl(site('https://gitlab.com/acme/catalog'), 'systems')).toBe('https://gitlab.com/acme/catalog/-/new/main/systems');
    expect(buildNewDocUrl(site('https://codeberg.org/acme/catalog'), 'systems')).toBe('https://codeberg.org/acme/catalog/_new/main/systems');
  });

  it('gives none where it cannot know the page: Bitbucket, an unknown host, a custom edit_url', () => {
    expect(buildNewDocUrl(site('https://bitbucket.org/acme/catalog'), 'systems')).toBeUndefined();
    expect(buildNewDocUrl(site('https://git.example.org/acme/catalog'), 'systems')).toBeUndefined();
    expect(buildNewDocUrl(site('https://git.example.org/acme/catalog', 'https://git.example.org/edit?file={path}'), 'systems')).toBeUndefined();
  });
});
