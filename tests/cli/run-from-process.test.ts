import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { graphProject } from '../helpers/graph-docs.ts';

const BIN = fileURLToPath(new URL('../../bin/fieldguide.js', import.meta.url));

/** Runs the real CLI in `cwd` and closes its stdout after the first chunk, like `fieldguide … | head -c 10`. */
function runIntoClosedPipe(args: string[], cwd: string): Promise<{ code: number | null; signal: string | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let read = 0;
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, read }));
  });
}

/** 400 systems that all depend on `db`, each with an unexpected field: every format prints well over a pipe's 64 KiB. */
function bigProject(): string {
  const ids = Array.from({ length: 400 }, (_, i) => `s${i}`);
  return graphProject(ids.map((id) => `${id}->db`), Object.fromEntries(ids.map((id) => [id, { extra: 'unexpected_field: 1\n' }])));
}

describe('a closed pipe', () => {
  it('ends check and impact quietly, with their own exit codes', async () => {
    const project = bigProject();
    const check = await runIntoClosedPipe(['check', '--format', 'json'], project);
    expect(check.read).toBeGreaterThan(0);
    expect(check).toMatchObject({ code: 1, signal: null, stderr: '' });
    const impact = await runIntoClosedPipe(['impact', 'db', '--format', 'json'], project);
    expect(impact.read).toBeGreaterThan(0);
    // The catalog has errors (check exits 1), so impact answers and says so in one line.
    expect(impact).toMatchObject({ code: 0, signal: null, stderr: expect.stringMatching(/^\d+ docs? ha(?:s|ve) errors; the answer may be incomplete: run `fieldguide check`\.\n$/) });
  }, 60_000);
});
