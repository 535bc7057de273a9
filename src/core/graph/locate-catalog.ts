import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_FILE, readConfig, type ResolvedConfig } from '../config/resolve-config.ts';

/** Where the catalog is, as the CLI's `--dir` and `--config` say (both optional, as for `check`). */
export interface LocateOptions {
  cwd: string;
  dir?: string;
  configFile?: string;
}

/** Reads the config (optional unless named) and finds the systems folder: `--dir`, or the config's `systems`. Paths are absolute. */
export async function locateCatalog(options: LocateOptions): Promise<{ dir: string; configFile: string; config: ResolvedConfig }> {
  const configFile = resolve(options.cwd, options.configFile ?? CONFIG_FILE);
  let bytes: Uint8Array | undefined;
  try {
    bytes = readFileSync(configFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || options.configFile !== undefined) {
      const { CatalogError } = await import('../load-catalog.ts');
      throw new CatalogError(`Cannot read \`${configFile}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
  }
  const { config } = readConfig(configFile, bytes);
  return { dir: resolve(options.cwd, options.dir ?? config.systems), configFile, config };
}
