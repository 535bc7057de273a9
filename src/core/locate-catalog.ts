import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Finding } from './diagnostic.ts';
import { CatalogError } from './catalog-error.ts';
import { CONFIG_FILE, readConfig, type ResolvedConfig } from './config/resolve-config.ts';
import { displayPath } from './display-path.ts';

/** Where the catalog is, as the CLI's `[dir]`/`--dir` and `--config` say (both optional). */
export interface LocateOptions {
  /** Folder that relative paths (and diagnostics' paths) start from. */
  cwd: string;
  /** Folder of system docs; default: the config's `systems`, relative to the config file. */
  dir?: string;
  /** Config file; default `fieldguide.config.yaml` in `cwd`, where it is optional. A named one must exist. */
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
  const configFile = resolve(options.cwd, options.configFile ?? CONFIG_FILE);
  let bytes: Uint8Array | undefined;
  try {
    bytes = readFileSync(configFile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' || options.configFile !== undefined) {
      throw new CatalogError(`Cannot read the config file \`${displayPath(options.cwd, configFile)}\`: ${code ?? String(error)}.`);
    }
  }
  const { config, findings } = readConfig(displayPath(options.cwd, configFile), bytes);
  const dir = options.dir !== undefined ? resolve(options.cwd, options.dir) : resolve(dirname(configFile), config.systems);
  return { dir, configFile, config, configFindings: findings };
}
