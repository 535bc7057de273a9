import { resolve } from 'node:path';
import { cacheFolder } from '../core/cache-folder.ts';
import { SITE_ENV } from '../site/site-env.ts';
import { chooseCatalogDir } from './choose-catalog-dir.ts';
import type { Io } from './io.ts';
import { parseSiteOptions, type SiteOptions } from './site-options.ts';

/**
 * `build`'s and `dev`'s command line: `parseSiteOptions` plus `--dir <folder>`, with the folder argument kept as its
 * alias, and where rendered bodies are kept between runs (FIELDGUIDE_CACHE_DIR; none with `--no-cache`). The catalog folder comes from `--dir`, else the argument, else FIELDGUIDE_DIR, else the config.
 */
export function parseSiteArgs(argv: string[], io: Io, extra: Parameters<typeof parseSiteOptions>[2] = {}): SiteOptions {
  const { [SITE_ENV.dir]: fromEnv, ...env } = io.env;
  // Without FIELDGUIDE_DIR, the folder `parseSiteOptions` reports is the argument's, which --dir is compared with.
  const options = parseSiteOptions(argv, { ...io, env }, { ...extra, dir: { type: 'string' }, 'no-cache': { type: 'boolean', default: false } });
  const dir = chooseCatalogDir(io.cwd, options.values.dir as string | undefined, options.load.dir) ?? (fromEnv || undefined);
  if (dir !== undefined) {
    options.load.dir = dir;
    options.env[SITE_ENV.dir] = resolve(io.cwd, dir);
  }
  // Absolute: Astro runs from the site's own folder, not from here. Empty means no cache.
  const cacheDir = io.env[SITE_ENV.cache];
  options.env[SITE_ENV.cache] = options.values['no-cache'] ? '' : cacheDir !== undefined ? (cacheDir && resolve(io.cwd, cacheDir)) : cacheFolder(io.cwd) ?? '';
  return options;
}
