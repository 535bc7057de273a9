import { createRequire } from 'node:module';
import pkg from '../../package.json' with { type: 'json' };
import { CatalogError } from '../core/catalog-error.ts';

/** The packages the site needs (Astro, Mermaid, Pagefind, the Markdown pipeline): fieldguide's peer dependencies. */
export const SITE_DEPENDENCIES: readonly string[] = Object.keys(pkg.peerDependencies);

/**
 * The site's dependencies that cannot be found from where fieldguide is installed. npm installs peer dependencies
 * unless told not to, so a check-only install (`npm ci --omit=peer`) has none of them; `check`, `impact`, `graph`
 * and `diff` never need them.
 */
export function missingSiteDependencies(resolve: (name: string) => unknown = createRequire(import.meta.url).resolve): string[] {
  return SITE_DEPENDENCIES.filter((name) => {
    try {
      resolve(`${name}/package.json`);
      return false;
    } catch (error) {
      // A package whose `exports` hides package.json is still installed.
      return (error as NodeJS.ErrnoException).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED';
    }
  });
}

/** Stops a site command before it starts when the site's dependencies are missing, saying which and how to fix it. */
export function requireSiteDependencies(command: string, resolve?: (name: string) => unknown): void {
  const missing = missingSiteDependencies(resolve);
  if (missing.length === 0) return;
  const which = missing.length === SITE_DEPENDENCIES.length
    ? 'none of them is installed'
    : `${missing.map((name) => `\`${name}\``).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed`;
  throw new CatalogError(
    `\`fieldguide ${command}\` needs the site's dependencies, and ${which}.`,
    'They are peer dependencies of fieldguide, which npm installs by default: install again without `--omit=peer` (only a job that runs nothing but check, impact, graph or diff can leave them out).',
  );
}
