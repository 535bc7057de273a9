/** What a command's `--help` text says about how to call it. */
export interface Usage {
  /** The `Usage: fieldguide …` line. */
  line: string;
  /** Every option the help lists, long and short (`--format`, `-h`), each with its signature (`--format <name>`). */
  options: Map<string, string>;
}

const OPTION_LINE = /^\s{2}(-\w)?(?:,\s*)?(--[\w-]+)?((?:\s<[^>]+>)?)/;

/**
 * Reads a command's usage line and options from its help text: the help is the one place that lists them, so
 * "did you mean" suggestions cannot drift from what `--help` shows.
 */
export function readUsage(help: string): Usage {
  const lines = help.split('\n');
  const line = lines.find((l) => l.startsWith('Usage:'))?.trim() ?? '';
  const options = new Map<string, string>();
  let inOptions = false;
  for (const l of lines) {
    if (/^\S/.test(l)) inOptions = /^Options:/.test(l);
    if (!inOptions) continue;
    const match = OPTION_LINE.exec(l);
    if (!match) continue;
    const [, short, long, value] = match;
    if (short) options.set(short, `${short}${long ? '' : value}`);
    if (long) options.set(long, `${long}${value}`);
  }
  return { line, options };
}
