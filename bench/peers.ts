// The builds compared in the benchmark: fieldguide itself and its peers (plain Astro, Starlight), each kept in
// bench/peers/<name>/ with its own package.json and lockfile so the product's dependencies stay clean.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toStarlight } from './to-starlight.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PEERS = fileURLToPath(new URL('./peers/', import.meta.url));
const TODAY = '2026-11-26';

/** One site build that can be run cold, again and again, over a catalog folder. */
export interface Builder {
  name: string;
  /** Called once per catalog, before any timed run (format conversion is not timed). */
  prepare(catalog: string): Promise<void>;
  /** Deletes the caches and the output, so the next run is cold. */
  clean(): void;
  /** The command of one build: program, arguments, working folder, extra environment. */
  command(): { program: string; args: string[]; cwd: string; env?: NodeJS.ProcessEnv };
  /** The built site's folder. */
  out: string;
}

/**
 * fieldguide build, run by this Node (the project's Node 24 under `npm run bench`). Astro's cacheDir is not
 * set in astro.config.mjs, so its build cache and content data store live in the default node_modules/.astro.
 */
export function fieldguideBuilder(out: string): Builder {
  let dir = '';
  return {
    name: 'fieldguide',
    out,
    async prepare(catalog) {
      dir = catalog;
    },
    clean() {
      // Cold: neither Astro's cache nor fieldguide's rendered bodies (node_modules/.cache/fieldguide) survive.
      rmSync(join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
      rmSync(join(ROOT, 'node_modules', '.cache', 'fieldguide'), { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    },
    command: () => ({
      program: process.execPath,
      args: [join(ROOT, 'bin', 'fieldguide.js'), 'build', '--dir', dir, '--out', out, '--today', TODAY],
      cwd: ROOT,
    }),
  };
}

/** Plain Astro 7 (glob loader, one page per doc with its dependencies and dependents), then `pagefind --site dist`. */
export function baselineBuilder(): Builder {
  const cwd = join(PEERS, 'astro-baseline');
  let dir = '';
  return {
    name: 'baseline',
    out: join(cwd, 'dist'),
    async prepare(catalog) {
      dir = catalog;
    },
    clean: () => cleanPeer(cwd),
    command: () => ({
      program: 'sh',
      args: ['-c', '"$0" "$1" build --silent && "$0" "$2" --site dist', process.execPath, astroBin(cwd), join(cwd, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs')],
      cwd,
      env: { FIELDGUIDE_BENCH_CATALOG: dir },
    }),
  };
}

/** Starlight over the docs converted to its format (title, description, body); it runs Pagefind itself. */
export function starlightBuilder(): Builder {
  const cwd = join(PEERS, 'starlight');
  return {
    name: 'starlight',
    out: join(cwd, 'dist'),
    prepare: (catalog) => toStarlight(catalog, join(cwd, 'src', 'content', 'docs')),
    clean: () => cleanPeer(cwd),
    command: () => ({ program: process.execPath, args: [astroBin(cwd), 'build', '--silent'], cwd }),
  };
}

function astroBin(cwd: string): string {
  return join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
}

function cleanPeer(cwd: string): void {
  rmSync(join(cwd, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
}

/**
 * Installs a peer from its lockfile (`npm ci`) when its node_modules is missing, so the benchmark works from a
 * fresh clone; returns a reason when it cannot be used.
 */
export function ensurePeer(name: 'astro-baseline' | 'starlight'): string | undefined {
  const cwd = join(PEERS, name);
  if (!existsSync(join(cwd, 'node_modules'))) {
    console.error(`bench: installing bench/peers/${name} (npm ci)…`);
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) return `npm ci in bench/peers/${name} failed (exit ${result.status})`;
  }
  const astro = JSON.parse(readFileSync(join(cwd, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string };
  const root = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string };
  if (astro.version !== root.version) return `bench/peers/${name} has astro ${astro.version}, fieldguide ${root.version}: update its lockfile`;
  return undefined;
}

/** The Astro range the installed Starlight declares, for the report. */
export function starlightAstroRange(): string {
  const file = join(PEERS, 'starlight', 'node_modules', '@astrojs', 'starlight', 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version: string; peerDependencies?: Record<string, string> };
  return `@astrojs/starlight ${pkg.version} (peer astro ${pkg.peerDependencies?.astro ?? '?'})`;
}
