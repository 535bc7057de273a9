import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

// `npm run test:package` (in .ci/run): fieldguide as another team gets it. The packed tarball is installed into a
// fresh git repository outside this source tree, with the machine's own Node (here the end-of-life Node 20) first on
// PATH and none of this repository's tools on it, and the team starts and publishes its catalog there.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SYSTEM_NODE = process.env.FIELDGUIDE_TEST_SYSTEM_NODE ?? '/usr/bin/node';
const BASE = '/team-catalog/';
const REPOSITORY = 'https://github.com/acme/team-catalog';

const work = mkdtempSync(join(tmpdir(), 'fieldguide-consumer-'));
const repo = join(work, 'team-catalog');
/** PATH without anything of this repository (its node_modules/.bin holds Node 24): the system Node comes first. */
const PATH = [dirname(SYSTEM_NODE), ...(process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.startsWith(ROOT) && !dir.includes('node_modules'))].join(delimiter);
/** A plain environment: no npm_* variables from the `npm run` that started this test. */
const ENV = { PATH, HOME: process.env.HOME ?? work, LANG: 'C.UTF-8', ASTRO_TELEMETRY_DISABLED: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function run(command: string, args: string[], cwd = repo, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: { ...ENV, ...env }, encoding: 'utf8', timeout: 300_000 });
}

/** `npx fieldguide …` as a user types it; fails the test with the command's output if it exits otherwise. */
function fieldguide(args: string[], { cwd = repo, env = {}, status = 0 }: { cwd?: string; env?: Record<string, string>; status?: number } = {}): string {
  const result = run('npx', ['--no-install', 'fieldguide', ...args], cwd, env);
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status, `fieldguide ${args.join(' ')}\n${output}`).toBe(status);
  return output;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let tarball: string;

beforeAll(() => {
  const version = run(SYSTEM_NODE, ['--version'], work).stdout.trim();
  // The point of this suite is a Node too old for Astro: say so if the machine has none.
  expect(Number(version.slice(1).split('.')[0]), `${SYSTEM_NODE} is ${version}; set FIELDGUIDE_TEST_SYSTEM_NODE to a Node < 22.12`).toBeLessThan(22);
  execFileSync('npm', ['pack', '--pack-destination', work], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  tarball = join(work, `fieldguide-${pkg.version}.tgz`);
  mkdirSync(repo);
  expect(run('git', ['init', '-q', '-b', 'main']).status).toBe(0);
  writeFileSync(join(repo, 'package.json'), `${JSON.stringify({ name: 'team-catalog', private: true }, null, 2)}\n`);
  const install = run('npm', ['install', '--save-dev', tarball]);
  expect(install.status, install.stderr).toBe(0);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a team adopting fieldguide from the packed tarball, on the machine Node', () => {
  it('installs the JavaScript build and prints its version on Node 20', () => {
    expect(existsSync(join(repo, 'node_modules/fieldguide/lib/cli/run-from-process.js'))).toBe(true);
    expect(fieldguide(['--version']).trim()).toBe(pkg.version);
  });

  it('starts a catalog with init, and a second init changes nothing', () => {
    const first = fieldguide(['init', '--team', 'release', '--team-name', 'Release Engineering', '--title', 'Team catalog', '--repository', REPOSITORY]);
    expect(first).toContain('fieldguide.config.yaml');
    for (const file of ['fieldguide.config.yaml', 'systems/teams.yaml', '.github/workflows/fieldguide-pr.yml', '.github/workflows/fieldguide-pages.yml', '.gitignore']) {
      expect(existsSync(join(repo, file)), file).toBe(true);
    }
    const scripts = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts).toMatchObject({ check: 'fieldguide check', build: 'fieldguide build' });
    const before = snapshot();
    fieldguide(['init', '--team', 'other', '--title', 'Another title']);
    expect(snapshot()).toEqual(before);
  });

  it('adds a doc in a subfolder and checks it from the root, from systems/ and as a single file', () => {
    fieldguide(['new', 'queue', '--owner', 'release']);
    mkdirSync(join(repo, 'systems/platform'));
    renameSync(join(repo, 'systems/queue.md'), join(repo, 'systems/platform/queue.md'));
    const docs = readdirSync(join(repo, 'systems'), { recursive: true }).filter((name) => String(name).endsWith('.md')).length;
    expect(fieldguide(['check'])).toContain(`No problems in ${docs} docs.`);
    expect(fieldguide(['check'], { cwd: join(repo, 'systems') })).toContain(`No problems in ${docs} docs.`);
    expect(fieldguide(['check', 'systems/platform/queue.md'])).toContain(`No problems in 1 of ${docs} docs.`);
    // A dangling dependency in the named file is still found against the whole catalog.
    const queue = join(repo, 'systems/platform/queue.md');
    const text = readFileSync(queue, 'utf8');
    writeFileSync(queue, text.replace(/^depends_on:.*$/m, 'depends_on: [nowhere]'));
    expect(fieldguide(['check', 'systems/platform/queue.md'], { status: 1 })).toMatch(/systems\/platform\/queue\.md:\d+:\d+.*nowhere/);
    writeFileSync(queue, text);
  });

  it('builds its own site at a sub-path with edit links into its repository, under the Node it brings', () => {
    const output = fieldguide(['build'], { env: { FIELDGUIDE_BASE: BASE } });
    expect(output).toMatch(/^Built \d+ systems? /m);
    const page = readFileSync(join(repo, 'dist/systems/queue/index.html'), 'utf8');
    expect(page).toContain(`href="${REPOSITORY}/edit/main/systems/platform/queue.md"`);
    expect(page).toContain(`href="${BASE}`);
    expect(readFileSync(join(repo, 'dist/index.html'), 'utf8')).toContain(`href="${REPOSITORY}/new/main/systems"`);
    // Its own systems only: none of the example catalog bundled in the package.
    const pages = readdirSync(join(repo, 'dist/systems')).filter((name) => name !== 'index.html').sort();
    expect(pages).toEqual(readdirSync(join(repo, 'systems'), { recursive: true }).filter((name) => String(name).endsWith('.md')).map((name) => String(name).replace(/^.*\//, '').replace(/\.md$/, '')).sort());
    expect(pages).not.toContain('buildbot');
    const site = JSON.stringify(readdirSync(join(repo, 'dist'), { recursive: true }).map((name) => readFileIfText(join(repo, 'dist', String(name)))));
    expect(site).not.toContain(work);
    expect(site).not.toContain(ROOT);
    // Rendered bodies are kept in the team's own node_modules/.cache, not inside the installed package.
    expect(readdirSync(join(repo, 'node_modules/.cache/fieldguide')).filter((name) => /^bodies-[0-9a-f]{16}\.v8$/.test(name))).toHaveLength(1);
    expect(existsSync(join(repo, 'node_modules/fieldguide/node_modules/.cache'))).toBe(false);
  }, 300_000);

  it('previews the built site at the base it was built for, as a static host would', async () => {
    const port = await freePort();
    const child = spawn('npx', ['--no-install', 'fieldguide', 'preview', '--port', String(port)], { cwd: repo, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('Serving')) resolve(); });
        child.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
      });
      const response = await fetch(`http://127.0.0.1:${port}${BASE}systems/queue/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`${REPOSITORY}/edit/main/systems/platform/queue.md`);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);

  it('checks on Node 20 from a check-only install (no site dependencies, no bundled Node), and says what build needs', () => {
    rmSync(join(repo, 'node_modules'), { recursive: true, force: true });
    const install = run('npm', ['install', '--omit=peer', '--omit=optional']);
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(join(repo, 'node_modules/astro'))).toBe(false);
    expect(fieldguide(['check'])).toMatch(/No problems in \d+ docs\./);
    expect(fieldguide(['impact', 'queue'])).toContain('queue');
    const refused = fieldguide(['build'], { status: 2 });
    expect(refused).toContain('`fieldguide build` needs Node >= 22.12');
    expect(refused).toContain('without --omit=optional');
    expect(refused).not.toMatch(/\n\s+at /);
  }, 300_000);
});

/** Every file of the repository outside node_modules/ and .git/, with its text. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(repo, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/(^|\/)(node_modules|\.git)(\/|$)/.test(entry.parentPath.slice(repo.length)))
      .map((entry) => [join(entry.parentPath, entry.name).slice(repo.length + 1), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

function readFileIfText(path: string): string {
  try {
    return /\.(html|js|json|css|xml|txt)$/.test(path) ? readFileSync(path, 'utf8') : '';
  } catch {
    return '';
  }
}
