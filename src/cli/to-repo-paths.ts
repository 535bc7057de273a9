import { resolve } from 'node:path';
import { findUp } from '../core/find-up.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { displayPath } from '../core/display-path.ts';

/** The root of the git work tree holding `cwd`, or undefined outside one. */
export function findGitRoot(cwd: string): string | undefined {
  return findUp(cwd, '.git');
}

/**
 * Diagnostics with their paths (and their related places' paths) relative to the repository root instead of the
 * working folder. GitHub reads an annotation's `file=` and SARIF's `%SRCROOT%` URIs from the repository root, so a
 * check run from `systems/` or a catalog in `docs/` would otherwise annotate files that do not exist.
 */
export function toRepoPaths<T extends Diagnostic>(diagnostics: readonly T[], cwd: string, root = findGitRoot(cwd)): T[] {
  if (root === undefined || resolve(root) === resolve(cwd)) return [...diagnostics];
  const rebase = (file: string) => displayPath(root, resolve(cwd, file));
  return diagnostics.map((d) => ({
    ...d,
    file: rebase(d.file),
    ...(d.related ? { related: d.related.map((r) => ({ ...r, file: rebase(r.file) })) } : {}),
  }));
}
