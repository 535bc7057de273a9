import { displayPath } from '../display-path.ts';
import { realPath, resolveGitRef } from './resolve-git-ref.ts';
import { GitRefError, runGit } from './run-git.ts';

/** Which files a change touched, and the commit it is measured from. */
export interface ChangedFiles {
  /** The commit the change is measured from: the merge base of the ref and HEAD, or the ref's own commit (`mergeBase: false`). */
  commit: string;
  /** False when the clone holds no common history of the ref and HEAD (a shallow clone), so the ref's commit stands in. */
  mergeBase: boolean;
  /** Files added, modified or renamed since `commit`, committed or not (untracked ones too), as diagnostics name them (relative to `cwd`). */
  files: Set<string>;
}

/** Where to look: the repository folder to run in, the ref, and the paths (absolute) whose changes count. */
export interface ChangedFilesOptions {
  cwd: string;
  ref: string;
  paths: readonly string[];
}

/**
 * The files under `paths` that differ between the merge base of `ref` and HEAD and the work tree, as a pull request's
 * diff on GitHub (`ref...HEAD`) plus what is not committed yet, so a check run before pushing sees the edits in
 * progress. Deleted files are left out: they have no problems to report. Without a merge base in the clone (a
 * shallow clone of a pull request's merge commit, whose base is then the ref's tip anyway), `ref` itself is used.
 */
export async function findChangedFiles(options: ChangedFilesOptions): Promise<ChangedFiles> {
  // Said here without the folder's path, which would show the machine's layout.
  await runGit(options.cwd, ['rev-parse', '--show-toplevel']).catch((error: NodeJS.ErrnoException) => {
    throw new GitRefError(error.code === 'ENOENT' ? '`git` is not installed (or not on PATH).' : 'The working folder is not inside a git repository.');
  });
  const { root, commit: refCommit, inRepo } = await resolveGitRef(options.cwd, options.ref);
  const mergeBase = (await runGit(root, ['merge-base', refCommit, 'HEAD']).catch(() => Buffer.from(''))).toString('utf8').trim();
  const commit = mergeBase || refCommit;
  const pathspecs = options.paths.map((path) => inRepo(path) || '.');
  const [changed, untracked] = await Promise.all([
    runGit(root, ['--literal-pathspecs', 'diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', commit, '--', ...pathspecs]),
    runGit(root, ['--literal-pathspecs', 'ls-files', '--others', '--exclude-standard', '-z', '--', ...pathspecs]),
  ]);
  // git names paths from the repository's real top folder; diagnostics name them from the working folder, links resolved alike.
  const cwd = realPath(options.cwd);
  const files = new Set<string>();
  for (const path of `${changed.toString('utf8')}${untracked.toString('utf8')}`.split('\0')) {
    if (path) files.add(displayPath(cwd, `${root}/${path}`));
  }
  return { commit, mergeBase: mergeBase !== '', files };
}
