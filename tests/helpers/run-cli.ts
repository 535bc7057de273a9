import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';

/** What a CLI run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process in `cwd`, capturing output; `answers` are typed at prompts (a terminal) when given. */
export async function runCli(argv: string[], cwd: string, answers?: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const queue = [...(answers ?? [])];
  const io: Io = {
    cwd,
    env: {},
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    stdoutIsTty: false,
    stdinIsTty: answers !== undefined,
    prompt: async () => queue.shift() ?? '',
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Makes a temporary project from `{ 'path': text }`. */
export function makeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fieldguide-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
