import { UsageError } from './io.ts';

/** Checks that an option's value is one of `choices` (such as a `--format`), or fails with the list. */
export function parseChoice<const T extends string>(what: string, value: string | undefined, choices: readonly T[]): T {
  if (!choices.includes(value as T)) throw new UsageError(`Unknown ${what} \`${value}\`, expected one of ${choices.join(', ')}.`);
  return value as T;
}
