/** The placeholders a `site.edit_url` pattern may hold; `{path}` is required. */
export const EDIT_URL_PLACEHOLDERS = ['path', 'branch', 'repository'] as const;

/** What an "Edit this page" link is built from: the resolved config's `site`. */
export interface EditUrlSettings {
  /** The link's pattern: `site.edit_url`, or the one `site.repository`'s host gives; none for an unknown host. */
  editUrl?: string;
  repository?: string;
  branch: string;
}

/**
 * The link that opens a doc in the repository's web editor, or `undefined` when the site has no pattern for one.
 * `path` is the doc's path from the repository root, `/`-separated. Before the pattern's `?` the path and the branch
 * are encoded segment by segment, so `/` stays a separator while a space, `#`, `?` or a non-ASCII letter cannot cut
 * the URL short; in the query each is encoded whole.
 */
export function buildEditUrl(site: EditUrlSettings, path: string): string | undefined {
  const pattern = site.editUrl;
  // `{repository}` without a repository is a config error; `check` reports it, and no half-filled link is shown.
  if (pattern === undefined || (pattern.includes('{repository}') && site.repository === undefined)) return undefined;
  const query = pattern.search(/[?#]/);
  return pattern.replace(/\{(path|branch|repository)\}/g, (_match, name: string, offset: number) => {
    const value = name === 'path' ? path : name === 'branch' ? site.branch : site.repository!;
    if (query !== -1 && offset > query) return encodeURIComponent(value);
    // The repository is a URL already, written by the user.
    return name === 'repository' ? value : value.split('/').map(encodeURIComponent).join('/');
  });
}
