import { createInterface } from 'node:readline/promises';
import { main } from './main.ts';
import type { Io } from './io.ts';

/** Wires `main` to the real process: argv, streams, working directory and exit code. */
export async function runFromProcess(): Promise<void> {
  const io: Io = {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY === true,
    stdinIsTty: process.stdin.isTTY === true,
    prompt: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
  };
  process.exitCode = await main(process.argv.slice(2), io);
}
