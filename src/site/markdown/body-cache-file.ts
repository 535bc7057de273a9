import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findUp } from '../../core/find-up.ts';
import { VERSION } from '../../cli/version.ts';

/** npm's record of what is installed, rewritten by every install. */
const INSTALLED = join('node_modules', '.package-lock.json');

/**
 * The body cache's file in `folder`, named after what rendered the bodies: this fieldguide's version and the
 * installed packages (npm's `node_modules/.package-lock.json`, the nearest upward from `from`). Upgrading the
 * Markdown parser, the sanitizer or the diagram renderer thus starts a new cache instead of serving bodies the
 * old ones made.
 */
export function bodyCacheFile(folder: string, from: string): string {
  const hash = createHash('sha256').update(VERSION);
  const project = findUp(from, INSTALLED);
  if (project !== undefined) {
    try {
      hash.update(readFileSync(join(project, INSTALLED)));
    } catch {
      // Unreadable: the version alone names the cache.
    }
  }
  return join(folder, `bodies-${hash.digest('hex').slice(0, 16)}.v8`);
}
