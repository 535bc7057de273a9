import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../core/display-path.ts';
import { UsageError } from './io.ts';

/** What `check [paths…]` names: a catalog folder (or the configured one), or doc files in the configured catalog. */
export type CheckTarget = { dir?: string } | { files: string[] };

/**
 * Sorts `check`'s arguments, relative to `cwd`: nothing or one folder is a whole catalog; otherwise every argument
 * must be an existing file, checked against the catalog later (`selectCheckedFiles`).
 */
export function resolveCheckTarget(cwd: string, paths: readonly string[]): CheckTarget {
  if (paths.length === 0) return {};
  const kinds = paths.map((path) => {
    try {
      return statSync(resolve(cwd, path)).isDirectory() ? 'folder' : 'file';
    } catch {
      return 'missing';
    }
  });
  // One folder, or one path that is neither a file nor a `*.md` name: a catalog folder, which loading explains if missing.
  if (paths.length === 1 && (kinds[0] === 'folder' || (kinds[0] === 'missing' && !paths[0]!.endsWith('.md')))) return { dir: paths[0]! };
  const missing = paths.find((_, i) => kinds[i] === 'missing');
  if (missing !== undefined) throw new UsageError(`\`${missing}\` does not exist.`);
  const folder = paths.find((_, i) => kinds[i] === 'folder');
  if (folder !== undefined) throw new UsageError(`\`${folder}\` is a folder: name either one catalog folder or doc files, not both.`);
  return { files: [...paths] };
}

/**
 * The paths, as diagnostics show them, of the named files in the catalog folder `dir`. A file outside that folder,
 * or not named `*.md`, is a usage error: a hook that passes it would otherwise pass silently.
 */
export function selectCheckedFiles(cwd: string, dir: string, files: readonly string[], systems: string): Set<string> {
  const selected = new Set<string>();
  for (const path of files) {
    // Lexically first (a doc may be a link to a file elsewhere), then through links (the folder may be reached by one).
    const rel = inside(dir, resolve(cwd, path)) ?? inside(realPath(dir), realPath(resolve(cwd, path)));
    if (rel === undefined) {
      throw new UsageError(`\`${path}\` is not in the catalog folder \`${systems}\`: name docs inside it, or run \`fieldguide check\` without paths.`);
    }
    if (!path.endsWith('.md')) throw new UsageError(`\`${path}\` is not a system doc: name \`*.md\` files in the catalog folder \`${systems}\`.`);
    selected.add(displayPath(cwd, join(dir, rel)));
  }
  return selected;
}

/** `path` relative to `folder` when it is inside it, else undefined. */
function inside(folder: string, path: string): string | undefined {
  const rel = relative(folder, path);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : rel;
}

/** The path with links resolved, or as given when it cannot be (a missing catalog folder is reported by loading). */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
