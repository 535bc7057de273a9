import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { CatalogIndexCache } from '../graph/load-catalog-index.ts';
import { listedDocFilter } from '../list-systems-folder.ts';
import { locateCatalog, type LocateOptions } from '../locate-catalog.ts';
import { diffCatalogs } from './diff-catalogs.ts';
import { findChangedFiles } from './find-changed-files.ts';
import { loadDiffSides, type DiffSidesOptions } from './load-diff-sides.ts';

/** Which catalog, and the ref whose change to scope to. */
export interface ChangeScopeOptions extends LocateOptions {
  ref: string;
  /** YYYY-MM-DD: the date the work tree is checked with, so the base is judged by the same date and only the change differs. */
  today: string;
  cache?: CatalogIndexCache | undefined;
  /** The work tree's catalog, analyzed already by the caller (see `DiffSidesOptions.analyzed`). */
  analyzed?: DiffSidesOptions['analyzed'];
}

/** What a change since a ref touched in the catalog, and which problems it brought. */
export interface ChangeScope {
  /** The commit compared with (the merge base), and whether it is one (false: the ref's own commit, in a shallow clone). */
  commit: string;
  mergeBase: boolean;
  /** Changed files (docs, the teams file, the config), as diagnostics name them. */
  files: Set<string>;
  /** The changed files that are docs of the catalog, by the folder listing's rules. */
  docs: Set<string>;
  /** Problems of the work tree that the base did not have, wherever they are (`diffCatalogs`'s `introduced`). */
  introduced: Diagnostic[];
}

/**
 * Scopes a check to a change, for pull requests: the files changed since the merge base of `ref` and HEAD
 * (`findChangedFiles`), and the problems the change introduced anywhere in the catalog, found by `fieldguide diff`'s
 * comparison of the work tree with the base (`loadDiffSides`, `diffCatalogs`), so a doc the change did not touch but
 * left with a dangling dependency, or an owner that a teams.yaml edit removed, is in scope too.
 */
export async function loadChangeScope(options: ChangeScopeOptions): Promise<ChangeScope> {
  const { dir, configFile, config } = locateCatalog(options);
  const changes = await findChangedFiles({ cwd: options.cwd, ref: options.ref, paths: [dir, configFile] });
  const sides = await loadDiffSides({ ...options, ref: changes.commit });
  const listed = listedDocFilter(config.check.ignore);
  const docs = new Set([...changes.files].filter((file) => {
    const rel = relative(dir, resolve(options.cwd, file));
    return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) && listed(rel.split(sep).join('/'));
  }));
  return { ...changes, docs, introduced: diffCatalogs(sides.base, sides.head).introduced };
}
