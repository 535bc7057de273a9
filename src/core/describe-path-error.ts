import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CatalogError } from './catalog-error.ts';
import { CONFIG_FILE } from './config/resolve-config.ts';
import { displayPath } from './display-path.ts';
import { suggest } from './suggest.ts';

/** The paths a run cannot do without. */
export type NeededPath = 'systems folder' | 'config file';

const HINTS: Record<NeededPath, string> = {
  'systems folder': `Pass the folder of your docs, or set \`systems:\` in ${CONFIG_FILE}.`,
  'config file': `Pass an existing file to \`--config\`, or leave \`--config\` out to use the nearest ${CONFIG_FILE} upward.`,
};

/**
 * The error that stops a run when the systems folder or the config file cannot be used, in plain words: which path
 * (relative to `cwd`, never the machine's own folders), what is wrong with it, a "did you mean" from its
 * neighbours, and what to do. The system error's code is kept at the end for searching.
 */
export function describePathError(what: NeededPath, cwd: string, path: string, error: unknown): CatalogError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const shown = displayPath(cwd, path);
  const hint = HINTS[what];
  if (code === 'ENOENT') {
    const name = basename(path);
    // A path is typed, not chosen from a list: two slips (`systm` for `systems`) are still worth a guess.
    const guess = suggest(name, neighbours(dirname(path), what === 'systems folder'), name.length >= 5 ? { maxDistance: Math.min(3, Math.max(2, Math.floor(name.length / 3))) } : {});
    const mean = guess ? ` Did you mean \`${displayPath(cwd, join(dirname(path), guess))}\`?` : '';
    return new CatalogError(`The ${what} \`${shown}\` does not exist.${mean}`, hint);
  }
  if (code === 'ENOTDIR' || code === 'EISDIR') {
    const isFile = kindOf(path) === 'file';
    if (what === 'systems folder' && isFile) return new CatalogError(`The ${what} \`${shown}\` is a file, not a folder.`, hint);
    if (what === 'config file' && code === 'EISDIR') return new CatalogError(`The ${what} \`${shown}\` is a folder, not a file.`, hint);
    const file = fileAncestor(path);
    const part = file === undefined ? '' : `: \`${displayPath(cwd, file)}\` is a file, not a folder`;
    return new CatalogError(`The ${what} \`${shown}\` cannot be reached${part}.`, hint);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new CatalogError(`The ${what} \`${shown}\` cannot be read: permission denied (${code}).`, `Give your user read access to it, or pass another path. ${hint}`);
  }
  return new CatalogError(`The ${what} \`${shown}\` cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).`, hint);
}

/** The names in `folder` that could be meant: its folders, or its files. */
function neighbours(folder: string, folders: boolean): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).filter((e) => (folders ? e.isDirectory() : e.isFile())).map((e) => e.name);
  } catch {
    return [];
  }
}

function kindOf(path: string): 'file' | 'folder' | undefined {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** The nearest ancestor of `path` that is a file, which is why the path cannot be reached. */
function fileAncestor(path: string): string | undefined {
  for (let folder = dirname(path); dirname(folder) !== folder; folder = dirname(folder)) {
    if (kindOf(folder) === 'file') return folder;
  }
  return undefined;
}
