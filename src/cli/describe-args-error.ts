import { suggest } from '../core/suggest.ts';
import type { Usage } from './read-usage.ts';

/** Node's `parseArgs` failures, by code. */
const CODES = ['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'] as const;

/** True for an error thrown by Node's `parseArgs` (its code starts with `ERR_PARSE_ARGS_`). */
export function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * One sentence for a `parseArgs` failure, in fieldguide's voice, with a "did you mean" from the command's own
 * options. Node's text is only read for the option or argument it names (the code says what went wrong); an
 * unknown code keeps Node's first line.
 */
export function describeArgsError(error: Error & { code: string }, command: string, usage: Usage): string {
  const named = /'([^']*)'/.exec(error.message)?.[1];
  switch (error.code as (typeof CODES)[number]) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      if (named === undefined) break;
      // `--fromat=json` is reported by its name alone.
      const option = named.split('=')[0]!;
      const longs = [...usage.options.keys()].filter((o) => o.startsWith('--'));
      // A one-letter option is too short to guess from.
      const guess = option.startsWith('--') ? suggest(option.slice(2), longs.map((o) => o.slice(2))) : undefined;
      if (guess !== undefined) return `Unknown option \`${option}\`. Did you mean \`--${guess}\`?`;
      return `Unknown option \`${option}\`${longs.length > 0 ? `, expected one of ${longs.map((o) => `\`${o}\``).join(', ')}` : ''}.`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      // Node names the option as `--format <value>` or `-h, --help`: the long name is the last `--word`.
      const option = named?.match(/--[\w-]+|-\w/g)?.at(-1);
      if (option === undefined) break;
      const signature = usage.options.get(option);
      // The help tells the two cases apart: an option listed with a `<value>` takes one, a flag takes none.
      if (signature === undefined || signature !== option) return `The option \`${option}\` needs a value: \`${signature ?? `${option} <value>`}\`.`;
      return `The option \`${option}\` takes no value: write \`${option}\` alone.`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      if (named === undefined) break;
      return `Unexpected argument \`${named}\`: \`fieldguide ${command}\` takes no arguments, only options.`;
  }
  return `${error.message.split('\n')[0]!.replace(/\.$/, '')}.`;
}
