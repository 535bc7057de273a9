import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

// bin/fieldguide.js started by the machine's own Node (20 here, too old to strip types or run Astro) from this
// checkout: it runs itself again under the Node 24 the package brings, or says what it needs. Runs in
// `npm run test:package`, beside the tarball test, because both need that old Node.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SYSTEM_NODE = process.env.FIELDGUIDE_TEST_SYSTEM_NODE ?? '/usr/bin/node';

function bin(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(SYSTEM_NODE, ['bin/fieldguide.js', ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ROOT, ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('bin/fieldguide.js on a Node too old for it', () => {
  it('runs under the Node it brings, with the exit code of the command', () => {
    expect(bin(['--version'])).toEqual({ status: 0, output: `${pkg.version}\n` });
    const unknown = bin(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.output).toContain('Unknown command `frobnicate`');
  });

  it('says which Node it needs, in one message, when it has none to bring', () => {
    const result = bin(['--version'], { FIELDGUIDE_BROUGHT_NODE: '1' });
    expect(result.status).toBe(2);
    expect(result.output).toMatch(/^running fieldguide from its sources needs Node >= 22\.18 \(it strips TypeScript types\), but this is Node 2\d\./);
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
