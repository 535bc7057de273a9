import { describe, expect, it } from 'vitest';
import { buildEditUrl } from '../../src/core/build-edit-url.ts';
import { resolveConfig } from '../../src/core/config/resolve-config.ts';
import type { ConfigFile } from '../../src/core/types/config.ts';

/** The edit link of a doc, as a site with this `site` config would render it. */
const link = (site: ConfigFile['site'], path: string) => buildEditUrl(resolveConfig({ site }).site, path);

describe('buildEditUrl', () => {
  it('follows each recognised forge\'s web editor URL, keeping the doc\'s subfolder', () => {
    expect(link({ repository: 'https://github.com/org/repo' }, 'systems/platform/queue.md')).toBe('https://github.com/org/repo/edit/main/systems/platform/queue.md');
    expect(link({ repository: 'https://gitlab.com/group/sub/repo', branch: 'trunk' }, 'systems/platform/queue.md')).toBe('https://gitlab.com/group/sub/repo/-/edit/trunk/systems/platform/queue.md');
    expect(link({ repository: 'https://codeberg.org/org/repo' }, 'systems/platform/queue.md')).toBe('https://codeberg.org/org/repo/_edit/main/systems/platform/queue.md');
    expect(link({ repository: 'https://gitea.example.org/org/repo' }, 'systems/a.md')).toBe('https://gitea.example.org/org/repo/_edit/main/systems/a.md');
    expect(link({ repository: 'https://bitbucket.org/org/repo' }, 'systems/platform/queue.md')).toBe('https://bitbucket.org/org/repo/src/main/systems/platform/queue.md?mode=edit&at=main');
  });

  it('encodes the path and the branch per segment: a space, `#`, `?` or a non-ASCII letter cannot cut the link short', () => {
    expect(link({ repository: 'https://github.com/org/repo', branch: 'release/2 x' }, 'docs/my systems/a#1?.md')).toBe('https://github.com/org/repo/edit/release/2%20x/docs/my%20systems/a%231%3F.md');
    expect(link({ repository: 'https://gitlab.com/org/repo' }, 'systems/café/ß.md')).toBe('https://gitlab.com/org/repo/-/edit/main/systems/caf%C3%A9/%C3%9F.md');
    // In the query, the branch is one value: its `/` is encoded too.
    expect(link({ repository: 'https://bitbucket.org/org/repo', branch: 'release/2' }, 'systems/a b.md')).toBe('https://bitbucket.org/org/repo/src/release/2/systems/a%20b.md?mode=edit&at=release%2F2');
  });

  it('fills in a `site.edit_url` pattern, which overrides the repository\'s own', () => {
    const site = { repository: 'https://git.example.org/org/repo', edit_url: '{repository}/edit/{branch}/{path}' };
    expect(link(site, 'systems/platform/a b.md')).toBe('https://git.example.org/org/repo/edit/main/systems/platform/a%20b.md');
    expect(link({ repository: 'https://github.com/org/repo', edit_url: 'https://ide.example.org/open?repo=org%2Frepo&file={path}&ref={branch}' }, 'systems/x/a#b.md'))
      .toBe('https://ide.example.org/open?repo=org%2Frepo&file=systems%2Fx%2Fa%23b.md&ref=main');
  });

  it('gives no link without a repository, on a host it cannot tell, or when `{repository}` has nothing to fill it', () => {
    expect(link(undefined, 'systems/a.md')).toBeUndefined();
    expect(link({ repository: 'https://git.example.org/org/repo' }, 'systems/a.md')).toBeUndefined();
    expect(buildEditUrl({ editUrl: '{repository}/edit/{branch}/{path}', branch: 'main' }, 'systems/a.md')).toBeUndefined();
  });
});
