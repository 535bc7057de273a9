import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Finding } from './diagnostic.ts';
import { CONFIG_FILE, readConfig, resolveConfig, type ResolvedConfig } from './config/resolve-config.ts';
import { describePathError } from './describe-path-error.ts';
import { displayPath } from './display-path.ts';
import { readSourceFile } from './source/read-source-file.ts';

/** Where the catalog is, as the CLI's `[dir]`/`--dir` and `--config` say (both optional). */
export interface LocateOptions {
  /** Folder that relative paths (and diagnostics' paths) start from. */
  cwd: string;
  /** Folder of system docs; default: the config's `systems`, relative to the config file. */
  dir?: string;
  /**
   * Config file; default: the nearest `fieldguide.config.yaml` in `cwd` or a folder above it, up to the repository
   * root, where it is optional. A named one must exist.
   */
  configFile?: string;
}

/** The catalog's folder and settings, with absolute paths. */
export interface CatalogLocation {
  dir: string;
  configFile: string;
  config: ResolvedConfig;
  /** Problems in the config file; the defaults are used instead of a broken config. */
  configFindings: Finding[];
}

/** Reads the config and finds the systems folder: the one place every command resolves them. */
export function locateCatalog(options: LocateOptions): CatalogLocation {
  const configFile = options.configFile !== undefined ? resolve(options.cwd, options.configFile) : findConfigFile(options.cwd);
  const file = displayPath(options.cwd, configFile);
  const read = readSourceFile(configFile, file);
  if ('missing' in read && options.configFile !== undefined) {
    throw describePathError('config file', options.cwd, configFile, { code: 'ENOENT' });
  }
  // A config that is there but cannot be read is a located problem like a broken one: the defaults stand in.
  const { config, findings } = 'finding' in read ? { config: resolveConfig(), findings: [read.finding] } : readConfig(file, 'bytes' in read ? read.bytes : undefined);
  const dir = options.dir !== undefined ? resolve(options.cwd, options.dir) : resolve(dirname(configFile), config.systems);
  return { dir, configFile, config, configFindings: findings };
}

/**
 * The nearest `fieldguide.config.yaml` from `cwd` upward, as ESLint and tsc find theirs, so every command works from
 * any subfolder of a catalog's repository. The search stops at the repository root (a folder with `.git`), so a
 * config outside the repository is never picked up; with none found, the config is `cwd`'s (absent: the defaults).
 */
export function findConfigFile(cwd: string): string {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const candidate = join(folder, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(folder, '.git')) || dirname(folder) === folder) return resolve(cwd, CONFIG_FILE);
  }
}
