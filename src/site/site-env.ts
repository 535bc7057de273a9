import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CONFIG_FILE, readConfig, type ResolvedConfig } from '../core/config/resolve-config.ts';
import type { LoadOptions } from '../core/load-catalog.ts';

/**
 * Environment variables through which `fieldguide build|dev` tell Astro which catalog to publish: the content
 * loader runs inside Astro, so this is how a folder other than `systems/` (a benchmark, a fixture) reaches it.
 */
export const SITE_ENV = {
  /** Folder of system docs; default: the config's `systems`. */
  dir: 'FIELDGUIDE_DIR',
  /** Config file; default `fieldguide.config.yaml` in the project root. */
  config: 'FIELDGUIDE_CONFIG',
  /** Pins today's date (YYYY-MM-DD) so review ages, and so the output, are reproducible. */
  today: 'FIELDGUIDE_TODAY',
  /** Overrides `site.base`, so a Pages workflow can pass the path `actions/configure-pages` reports (`/repo`, or empty for `/`). */
  base: 'FIELDGUIDE_BASE',
  /** Set by `fieldguide build` only: a file holding the analysis its check made (`writeCatalogSnapshot`). */
  snapshot: 'FIELDGUIDE_CATALOG_SNAPSHOT',
  /** Folder where rendered bodies are kept between builds (default `node_modules/.cache/fieldguide`; empty: none). */
  cache: 'FIELDGUIDE_CACHE_DIR',
} as const;

/** The `loadCatalog` options the environment asks for, relative to `cwd`. */
export function loadOptionsFromEnv(env: Record<string, string | undefined>, cwd: string): LoadOptions {
  return {
    cwd,
    ...(env[SITE_ENV.dir] ? { dir: env[SITE_ENV.dir] } : {}),
    ...(env[SITE_ENV.config] ? { configFile: env[SITE_ENV.config] } : {}),
    ...(env[SITE_ENV.today] ? { today: env[SITE_ENV.today] } : {}),
  };
}

/** The site settings for `astro.config.mjs`; a broken config falls back to defaults here, and `check` reports it. */
export async function readSiteConfig(env: Record<string, string | undefined>, cwd: string): Promise<ResolvedConfig['site']> {
  const path = resolve(cwd, env[SITE_ENV.config] ?? CONFIG_FILE);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readFile(path);
  } catch {
    bytes = undefined;
  }
  const site = readConfig(path, bytes).config.site;
  const base = env[SITE_ENV.base];
  if (base === undefined) return site;
  // `/repo`, `repo/` and `` all mean the same folder: one leading and one trailing slash.
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return { ...site, base: trimmed === '' ? '/' : `/${trimmed}/` };
}
