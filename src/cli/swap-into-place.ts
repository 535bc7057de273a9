import { renameSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves a finished site to `out`, setting the previous one (if any) aside in `scratch`, where it is removed with the
 * scratch folder: only after the new site is in place. Synchronous, so no signal handler runs between the two moves.
 */
export function swapIntoPlace(site: string, out: string, scratch: string): void {
  const previous = join(scratch, 'previous');
  let setAside = false;
  try {
    renameSync(out, previous);
    setAside = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    renameSync(site, out);
  } catch (error) {
    if (setAside) renameSync(previous, out);
    throw error;
  }
}
