import { existsSync } from 'node:fs';
import { findConfigFile } from '../core/locate-catalog.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE_ENV } from '../site/site-env.ts';
import type { LoadOptions } from '../core/load-catalog.ts';
import { UsageError, type Io } from './io.ts';
import { parseDateOption } from './parse-date-option.ts';

/** What `build`, `dev` and `preview` share: which catalog, which config, which date. */
export interface SiteOptions {
  load: LoadOptions;
  /** The same settings as `FIELDGUIDE_*` variables for the Astro child process (absolute paths; the folder is added once the catalog is loaded). */
  env: Record<string, string>;
  values: Record<string, string | boolean | undefined>;
}

/** Parses `[dir] [--config f] [--today d]` plus a command's own options. */
export function parseSiteOptions(argv: string[], io: Io, extra: Record<string, { type: 'string' | 'boolean'; default?: string | boolean }> = {}): SiteOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      ...extra,
    },
  });
  if (positionals.length > 1) throw new UsageError(`Expected at most one folder, got ${positionals.length}.`);
  // One date for the check and the site, so both judge review ages the same way.
  const today = parseDateOption(values.today as string | undefined) ?? new Date().toISOString().slice(0, 10);
  const env: Record<string, string> = { [SITE_ENV.today]: today };
  const load: LoadOptions = { cwd: io.cwd, today };
  if (positionals[0] !== undefined) {
    load.dir = positionals[0];
    env[SITE_ENV.dir] = resolve(io.cwd, positionals[0]);
  } else if (io.env[SITE_ENV.dir]) {
    load.dir = io.env[SITE_ENV.dir];
    env[SITE_ENV.dir] = resolve(io.cwd, io.env[SITE_ENV.dir]!);
  }
  const config = (values.config as string | undefined) ?? io.env[SITE_ENV.config];
  if (config !== undefined) {
    load.configFile = config;
    env[SITE_ENV.config] = resolve(io.cwd, config);
  } else {
    // The same config the check finds (the nearest one upward), so the site is built with the settings it was checked with.
    const found = findConfigFile(io.cwd);
    if (existsSync(found)) env[SITE_ENV.config] = found;
  }
  return { load, env, values };
}
