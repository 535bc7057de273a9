import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE } from './config/resolve-config.ts';
import { findUp } from './find-up.ts';

/**
 * A path as fieldguide prints it: relative to `from` (`../` when outside it), with `/` separators, so no output
 * shows the machine's own folders. Only a path on another Windows drive, which has no relative form, stays absolute.
 */
export function displayPath(from: string, path: string): string {
  const rel = relative(from, path);
  if (rel === '') return '.';
  return (isAbsolute(rel) ? path : rel).split(sep).join('/');
}

const roots = new Map<string, string>();

/**
 * The folder published paths start from, found from the catalog folder alone so every build of one catalog writes
 * the same bytes, wherever it runs from: the nearest folder holding `.git` (the repository, which "Edit this page"
 * links into), else the nearest holding `fieldguide.config.yaml`, else the folder that holds the catalog folder.
 */
export function findRepoRoot(dir: string): string {
  let root = roots.get(dir);
  if (root === undefined) {
    root = findUp(dir, '.git') ?? findUp(dir, CONFIG_FILE) ?? dirname(dir);
    roots.set(dir, root);
  }
  return root;
}

/**
 * The path of a doc in published output, relative to the repository root: `file` as loaded (relative to `cwd`, in the
 * catalog folder `dir` or a subfolder of it). Without `cwd` the doc is taken to sit directly in `dir`.
 */
export function repoPath(dir: string, file: string, cwd?: string): string {
  return displayPath(findRepoRoot(dir), cwd !== undefined ? resolve(cwd, file) : join(dir, basename(file)));
}

