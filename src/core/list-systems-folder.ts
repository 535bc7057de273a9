import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { describePathError } from './describe-path-error.ts';
import { compileGlob } from './match-glob.ts';

/** The name of the teams file inside the systems folder. */
export const TEAMS_FILE = 'teams.yaml';
/** The name of the optional glossary file inside the systems folder. */
export const GLOSSARY_FILE = 'glossary.yaml';

/** Folders never walked into: a link to a folder is not followed either, so a listing can never loop. */
const UNWALKED = new Set(['node_modules']);
/** How deep the walk goes below the systems folder; a deeper folder is skipped and named. */
export const MAX_FOLDER_DEPTH = 32;

/** What a systems folder holds, as paths relative to it with `/` separators, sorted. */
export interface SystemsFolderListing {
  /**
   * Every entry named `*.md` at any depth: the docs. Whatever an entry turns out to be (a file, a link, a folder, a
   * pipe), it is the reader's to report, never silently dropped.
   */
  docs: string[];
  /**
   * Every other entry except the top-level teams and glossary files, every `README.md` (any case) and every path that `ignore`
   * matches: not read, but counted and named on request. Folders not walked into end in `/`.
   */
  skipped: string[];
}

/**
 * Lists a systems folder and its subfolders the one way `check`, the site and the graph index all see it: one pass
 * over each folder (dot-folders, `node_modules` and links to folders are not entered), so the cost is linear.
 */
export function listSystemsFolder(dir: string, cwd: string, ignore: readonly string[] = []): SystemsFolderListing {
  const ignored = ignore.map(compileGlob);
  const docs: string[] = [];
  const skipped: string[] = [];
  const pending: { rel: string; depth: number }[] = [{ rel: '', depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(next.rel ? join(dir, next.rel) : dir, { withFileTypes: true });
    } catch (error) {
      // The systems folder itself must be there; a subfolder that cannot be listed is skipped and named.
      if (next.rel === '') throw describePathError('systems folder', cwd, dir, error);
      skipped.push(`${next.rel}/`);
      continue;
    }
    for (const entry of entries) {
      const rel = next.rel ? `${next.rel}/${entry.name}` : entry.name;
      const isFolder = entry.isDirectory();
      if (rel === TEAMS_FILE || rel === GLOSSARY_FILE) continue;
      if (ignored.some((matches) => matches(rel) || (isFolder && matches(`${rel}/`)))) skipped.push(isFolder ? `${rel}/` : rel);
      else if (entry.name.toLowerCase() === 'readme.md' && !isFolder) skipped.push(rel);
      // A folder named `*.md` is a doc that is not a file: the reader reports it (`not-a-file`).
      else if (entry.name.endsWith('.md')) docs.push(rel);
      else if (!isFolder) skipped.push(rel);
      else if (entry.name.startsWith('.') || UNWALKED.has(entry.name) || next.depth >= MAX_FOLDER_DEPTH) skipped.push(`${rel}/`);
      else pending.push({ rel, depth: next.depth + 1 });
    }
  }
  return { docs: docs.sort(), skipped: skipped.sort() };
}

/**
 * A test of whether a file at `rel` (relative to the systems folder, `/`-separated) is a doc the folder listing would
 * give: the same rules as {@link listSystemsFolder} (no README, nothing `ignore` matches, not inside a dot-folder,
 * `node_modules` or past the depth limit), for file lists that come from elsewhere, such as git at a base commit.
 * The patterns are compiled once, not once per file.
 */
export function listedDocFilter(ignore: readonly string[] = []): (rel: string) => boolean {
  const ignored = ignore.map(compileGlob);
  return (rel) => {
    const parts = rel.split('/');
    const name = parts[parts.length - 1]!;
    if (!name.endsWith('.md') || name.toLowerCase() === 'readme.md' || parts.length - 1 > MAX_FOLDER_DEPTH) return false;
    if (ignored.some((matches) => matches(rel))) return false;
    for (let i = 0; i < parts.length - 1; i++) {
      const folder = parts[i]!;
      const path = parts.slice(0, i + 1).join('/');
      if (folder.startsWith('.') || UNWALKED.has(folder) || ignored.some((matches) => matches(`${path}/`) || matches(path))) return false;
    }
    return true;
  };
}
