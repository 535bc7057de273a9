import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';

function captureIo(env: Record<string, string> = {}): Io & { err: () => string } {
  let stderr = '';
  return {
    cwd: '/',
    env,
    stdout: () => {},
    stderr: (t) => { stderr += t; },
    stdoutIsTty: false,
    stdinIsTty: false,
    err: () => stderr,
  };
}

describe('main', () => {
  const original = COMMANDS.graph.run;
  afterEach(() => { COMMANDS.graph.run = original; });

  it('reports a bug as one line without a stack trace or machine paths, exit 2', async () => {
    COMMANDS.graph.run = async () => { throw new TypeError('boom\nsecond line'); };
    const io = captureIo();
    expect(await main(['graph'], io)).toBe(2);
    expect(io.err()).toBe(
      'fieldguide graph: internal error: TypeError: boom\n'
      + 'This is a bug in fieldguide, not in your docs: please report it (FIELDGUIDE_DEBUG=1 shows where it happened).\n',
    );
  });

  it('shows the stack only with FIELDGUIDE_DEBUG', async () => {
    COMMANDS.graph.run = async () => { throw new Error('boom'); };
    const io = captureIo({ FIELDGUIDE_DEBUG: '1' });
    expect(await main(['graph'], io)).toBe(2);
    expect(io.err()).toMatch(/internal error: Error: boom\n.*\nError: boom\n\s+at /);
  });
});
