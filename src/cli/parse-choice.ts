import { suggest } from '../core/suggest.ts';
import { UsageError } from './io.ts';

/** Checks that an option's value is one of `choices` (such as a `--format`), or fails with a suggestion or the list. */
export function parseChoice<const T extends string>(what: string, value: string | undefined, choices: readonly T[]): T {
  if (choices.includes(value as T)) return value as T;
  const guess = value === undefined ? undefined : suggest(value, choices);
  if (guess !== undefined) throw new UsageError(`Unknown ${what} \`${value}\`. Did you mean \`${guess}\`?`);
  throw new UsageError(`Unknown ${what} \`${value}\`, expected one of ${choices.map((c) => `\`${c}\``).join(', ')}.`);
}
