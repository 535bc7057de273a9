import { join } from 'node:path';
import { findUp } from './find-up.ts';

/**
 * Where fieldguide keeps what it can recompute (the analyzed catalog for `impact`/`diff`, rendered bodies for the
 * site): `node_modules/.cache/fieldguide` in the nearest folder upward from `cwd` with a `node_modules`, the usual
 * place for tools' caches, or undefined when there is none.
 */
export function cacheFolder(cwd: string): string | undefined {
  const project = findUp(cwd, 'node_modules');
  return project === undefined ? undefined : join(project, 'node_modules', '.cache', 'fieldguide');
}
