import { UsageError } from './io.ts';

/** Validates a `--today`-style YYYY-MM-DD option; `undefined` stays undefined. */
export function parseDateOption(value: string | undefined, flag = '--today'): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} takes a date written YYYY-MM-DD, got \`${value}\`.`);
  }
  return value;
}
