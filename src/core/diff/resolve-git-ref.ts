import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { GitRefError, runGit } from './run-git.ts';

/** A ref resolved in a repository, with a way to name work-tree paths as git does. */
export interface ResolvedRef {
  /** The repository's top folder, as git reports it (symlinks resolved). */
  root: string;
  /** The full commit id. */
  commit: string;
  /** A work-tree path as a `/`-separated path inside the repository; throws when it is outside. */
  inRepo: (path: string) => string;
}

/** Resolves `ref` to a commit, or explains how to make it available (in CI, usually a fetch of the base branch). */
export async function resolveGitRef(cwd: string, ref: string): Promise<ResolvedRef> {
  const top = await runGit(cwd, ['rev-parse', '--show-toplevel']).catch(() => {
    throw new GitRefError(`\`${cwd}\` is not inside a git repository, so there is no \`${ref}\` to compare with.`);
  });
  const root = top.toString('utf8').trim();
  let commit: string;
  try {
    commit = (await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).toString('utf8').trim();
  } catch {
    throw new GitRefError(await missingRefMessage(root, ref));
  }
  const inRepo = (path: string) => {
    // git reports the real path of the repository; compare like with like when the work tree is reached through a symlink.
    const rel = relative(root, realPath(path));
    if (rel.startsWith('..') || isAbsolute(rel)) throw new GitRefError(`\`${path}\` is outside the git repository at \`${root}\`.`);
    return rel.split(sep).join('/');
  };
  return { root, commit, inRepo };
}

/** Why a ref cannot be read, and the fetch that fixes it. */
async function missingRefMessage(root: string, ref: string): Promise<string> {
  const shallow = (await runGit(root, ['rev-parse', '--is-shallow-repository']).catch(() => Buffer.from(''))).toString('utf8').trim() === 'true';
  const remotes = (await runGit(root, ['remote']).catch(() => Buffer.from(''))).toString('utf8').split('\n').filter(Boolean);
  const [first = '', ...rest] = ref.replace(/^refs\/remotes\//, '').split('/');
  const remoteRef = (remotes.includes(first) || first === 'origin') && rest.length > 0;
  const remote = remoteRef ? first : remotes[0] ?? 'origin';
  const branch = remoteRef ? rest.join('/') : ref;
  // A commit is fetched as is; a branch into its remote-tracking ref, which a single-branch clone would not update by itself.
  const fetch = /^[0-9a-f]{7,64}$/.test(ref) ? `git fetch --depth=1 ${remote} ${ref}` : `git fetch --depth=1 ${remote} ${branch}:refs/remotes/${remote}/${branch}`;
  const retry = remoteRef || /^[0-9a-f]{7,64}$/.test(ref) ? '' : `, then run again with \`--base ${remote}/${branch}\``;
  return `The base ref \`${ref}\` is not in this clone${shallow ? ' (a shallow clone)' : ''}.\n`
    + `Fetch it first: \`${fetch}\`${retry}; or check the spelling.`;
}

/** The real path of a file whose folder exists (the file itself may not). */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}
