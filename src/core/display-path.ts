import { isAbsolute, relative, sep } from 'node:path';

/** A path as diagnostics show it (as `loadCatalog` does): relative to `cwd` when inside it, with `/` separators. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}
