import { readdirSync, type Dirent } from 'node:fs';
import { describePathError } from './describe-path-error.ts';

/** The name of the teams file inside the systems folder. */
export const TEAMS_FILE = 'teams.yaml';

/** What a systems folder holds, by name, sorted. */
export interface SystemsFolderListing {
  /**
   * Every entry named `*.md`: the docs. Whatever an entry turns out to be (a file, a link, a folder, a pipe),
   * it is the reader's to report, never silently dropped.
   */
  docs: string[];
  /** Every other entry except the teams file: not read, but counted and named on request. Folders end in `/`. */
  skipped: string[];
}

/** Lists a systems folder the one way `check`, the site and the graph index all see it. */
export function listSystemsFolder(dir: string, cwd: string): SystemsFolderListing {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw describePathError('systems folder', cwd, dir, error);
  }
  const docs: string[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith('.md')) docs.push(entry.name);
    else if (entry.name !== TEAMS_FILE) skipped.push(entry.isDirectory() ? `${entry.name}/` : entry.name);
  }
  return { docs: docs.sort(), skipped: skipped.sort() };
}
