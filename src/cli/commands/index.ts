import type { Io } from '../io.ts';
import { runCheck } from './check.ts';
import { runNew } from './new.ts';

/** A CLI command: a one-line summary for `--help` and its runner. */
export interface Command {
  summary: string;
  run: (argv: string[], io: Io) => Promise<number>;
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS = {
  check: { summary: 'validate the catalog and report every problem (fails CI)', run: runCheck },
  new: { summary: 'create a system doc from a template', run: runNew },
} satisfies Record<string, Command>;
