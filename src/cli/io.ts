/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (colors). */
  stdoutIsTty: boolean;
  /** True when stdin is a terminal (prompts are allowed). */
  stdinIsTty: boolean;
  /** Asks a question on the terminal; only called when `stdinIsTty`. */
  prompt?: (question: string) => Promise<string>;
}

/** A usage problem: the command line is wrong. Printed with the command's help hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
