import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { VERSION } from '../../cli/version.ts';

/**
 * The body cache's file in `folder`, named after what rendered the bodies: this fieldguide's version and the
 * installed packages (npm's `node_modules/.package-lock.json`, the nearest upward from `from`). Upgrading the
 * Markdown parser, the sanitizer or the diagram renderer thus starts a new cache instead of serving bodies the
 * old ones made.
 */
export function bodyCacheFile(folder: string, from: string): string {
  const hash = createHash('sha256').update(VERSION);
  for (let dir = from; ; dir = dirname(dir)) {
    const lock = readOrUndefined(join(dir, 'node_modules', '.package-lock.json'));
    if (lock) {
      hash.update(lock);
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return join(folder, `bodies-${hash.digest('hex').slice(0, 16)}.v8`);
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
