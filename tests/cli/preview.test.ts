import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPreview } from '../../src/cli/commands/preview.ts';
import { markSite, readSiteBase } from '../../src/cli/mark-site.ts';
import type { Io } from '../../src/cli/io.ts';
import { makeProject, runCli } from '../helpers/run-cli.ts';

function io(cwd: string, env: Record<string, string> = {}): Io & { out: () => string } {
  let stdout = '';
  return { cwd, env, stdout: (t) => { stdout += t; }, stderr: () => {}, stdoutIsTty: false, stdinIsTty: false, out: () => stdout };
}

/** A port free a moment ago, for a server under test. */
async function freePort(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return String(port);
}

/** A built site as `fieldguide build` leaves it, in a project whose config serves it from a sub-path. */
function project(config = 'site:\n  base: /team-catalog/\n') {
  return makeProject({
    'fieldguide.config.yaml': config,
    'dist/index.html': '<h1>Team catalog</h1>',
    'dist/404.html': '<h1>Not here</h1>',
    'dist/systems/queue/index.html': '<h1>Queue</h1>',
    'systems/teams.yaml': 'teams: []\n',
  });
}

describe('fieldguide preview', () => {
  it('serves the project\'s own dist/ at its configured base, with folder indexes and the site\'s 404 page', async () => {
    const root = project();
    const cli = io(root);
    const server = (await startPreview(['--port', await freePort()], cli))!;
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+\/team-catalog\/$/);
      expect(cli.out()).toBe(`Serving dist/ at ${server.url} (Ctrl+C to stop).\n`);
      const page = await fetch(`${server.url}systems/queue/`);
      expect([page.status, await page.text()]).toEqual([200, '<h1>Queue</h1>']);
      const redirect = await fetch(`${server.url}systems/queue`, { redirect: 'manual' });
      expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/team-catalog/systems/queue/']);
      const outside = await fetch(server.url.replace('/team-catalog/', '/systems/queue/'));
      expect([outside.status, await outside.text()]).toEqual([404, '<h1>Not here</h1>']);
      const escape = await fetch(`${server.url}..%2F..%2Ffieldguide.config.yaml`);
      expect(escape.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('serves a built site at the base it was built for, whatever the config and the environment say now', async () => {
    const root = makeProject({
      'fieldguide.config.yaml': 'site:\n  base: /configured/\n',
      'dist/index.html': '<h1>Team catalog</h1>',
      'dist/systems/queue/index.html': '<h1>Queue</h1>',
    });
    await markSite(join(root, 'dist'), '/built-for/');
    const server = (await startPreview(['--port', await freePort()], io(root, { FIELDGUIDE_BASE: '/env/' })))!;
    try {
      expect(server.url).toMatch(/\/built-for\/$/);
      expect((await fetch(`${server.url}systems/queue/`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('falls back to the configured base for a site whose marker records none (an older build)', async () => {
    const root = project();
    writeFileSync(join(root, 'dist/.fieldguide-site'), 'This folder is a site built by fieldguide (`fieldguide build`).\n');
    expect(await readSiteBase(join(root, 'dist'))).toBeUndefined();
    const server = (await startPreview(['--port', await freePort()], io(root)))!;
    try {
      expect(server.url).toMatch(/\/team-catalog\/$/);
    } finally {
      await server.close();
    }
  });

  it('takes the base from FIELDGUIDE_BASE too, as the Pages workflow passes it', async () => {
    const server = (await startPreview(['--port', await freePort()], io(project(''), { FIELDGUIDE_BASE: '/repo' })))!;
    try {
      expect(server.url).toMatch(/\/repo\/$/);
      expect((await fetch(`${server.url}systems/queue/`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('says to build first when there is no site, exit 2', async () => {
    const root = makeProject({ 'systems/teams.yaml': 'teams: []\n' });
    const result = await runCli(['preview'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no built site in `dist`: run `fieldguide build` first (or name the folder with --out).');
  });
});
