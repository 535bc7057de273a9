import { createInterface } from 'node:readline/promises';
import { main } from './main.ts';
import type { Io } from './io.ts';

/** Wires `main` to the real process: argv, streams, working directory and exit code. */
export async function runFromProcess(): Promise<void> {
  const io: Io = {
    cwd: process.cwd(),
    env: process.env,
    stdout: quietWhenClosed(process.stdout),
    stderr: quietWhenClosed(process.stderr),
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

/**
 * A writer for stdout or stderr that goes quiet once the reader has gone (`fieldguide check | head`): a closed
 * pipe is the reader saying "enough", not a failure, so the command finishes with its own exit code and no stack.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}
