/**
 * The web editor's URL on each forge that fieldguide recognises from `site.repository`'s host: GitHub's, GitLab's
 * (`/-/edit/`), Gitea's and Forgejo's (`/_edit/`) and Bitbucket Cloud's (`/src/…?mode=edit`, with the branch again
 * in `at`, because Bitbucket's `src` paths cannot tell a `/` in a branch name from one in the path).
 */
export const FORGE_EDIT_URLS = {
  github: '{repository}/edit/{branch}/{path}',
  gitlab: '{repository}/-/edit/{branch}/{path}',
  gitea: '{repository}/_edit/{branch}/{path}',
  bitbucket: '{repository}/src/{branch}/{path}?mode=edit&at={branch}',
} as const;

/** A forge whose edit links fieldguide knows how to build. */
export type Forge = keyof typeof FORGE_EDIT_URLS;

/**
 * The "Edit this page" pattern for a repository URL, from its host alone, or `undefined` for a host that could be
 * anything (a self-hosted forge on `git.example.org`): a guessed pattern would give every page a broken link, so
 * such a site shows none until `site.edit_url` says how.
 */
export function defaultEditUrl(repository: string): string | undefined {
  const forge = forgeOf(repository);
  return forge && FORGE_EDIT_URLS[forge];
}

function forgeOf(repository: string): Forge | undefined {
  let host: string;
  try {
    host = new URL(repository).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  // The hosted services first, by name; then self-hosted instances, which are usually named after their software
  // (`gitlab.example.org`, `github.example.com` for GitHub Enterprise).
  if (host === 'github.com' || host === 'www.github.com') return 'github';
  if (host === 'gitlab.com') return 'gitlab';
  if (host === 'codeberg.org' || host === 'gitea.com') return 'gitea';
  if (host === 'bitbucket.org') return 'bitbucket';
  if (host.includes('gitlab')) return 'gitlab';
  if (host.includes('gitea') || host.includes('forgejo')) return 'gitea';
  if (host.includes('github')) return 'github';
  return undefined;
}
