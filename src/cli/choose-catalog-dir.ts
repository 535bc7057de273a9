import { resolve } from 'node:path';
import { UsageError } from './io.ts';

/**
 * The catalog folder a command line names: `--dir <folder>`, the one documented way, or a folder given as an
 * argument (`check`, `build` and `dev` keep that older form as an alias). Naming two different folders is a usage
 * error, since either choice would check a catalog the user did not mean.
 */
export function chooseCatalogDir(cwd: string, option: string | undefined, argument: string | undefined): string | undefined {
  if (option === '') throw new UsageError('--dir needs a folder, such as `--dir systems`.');
  if (option !== undefined && argument !== undefined && resolve(cwd, option) !== resolve(cwd, argument)) {
    throw new UsageError(`\`--dir ${option}\` and the folder argument \`${argument}\` name different catalog folders: give the folder once, with --dir.`);
  }
  return option ?? argument;
}
