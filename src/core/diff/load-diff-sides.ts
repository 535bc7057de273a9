import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSystemFile } from '../analyze-system-file.ts';
import { readHeadings } from '../source/read-headings.ts';
import { readConfig, type ResolvedConfig } from '../config/resolve-config.ts';
import type { CatalogSystem } from '../model.ts';
import { buildGraph } from '../graph/build-graph.ts';
import { loadGraphIndex, type GraphIndexCache } from '../graph/load-graph-index.ts';
import { displayPath } from '../display-path.ts';
import { loadCatalog } from '../load-catalog.ts';
import { computeReadiness, type SystemReadiness } from '../readiness/compute-readiness.ts';
import type { DiffSide } from './diff-catalogs.ts';
import { loadGitCatalog } from './load-git-catalog.ts';
import { resolveGitRef } from './resolve-git-ref.ts';
import { catFiles, listBlobs, runGit } from './run-git.ts';

/** What to compare: the work tree's catalog (absolute paths) against a git ref. */
export interface DiffSidesOptions {
  cwd: string;
  ref: string;
  /** The systems folder. */
  dir: string;
  /** The config file (it may not exist). */
  configFile: string;
  /** YYYY-MM-DD, for review ages and readiness on both sides. */
  today: string;
  cache?: GraphIndexCache | undefined;
}

/** Both sides of a diff, the commit the ref resolved to, and the work tree's config. */
export interface DiffSides {
  base: DiffSide;
  head: DiffSide;
  commit: string;
  config: ResolvedConfig;
}

/**
 * Loads both sides of `fieldguide diff`. Only docs that differ from the base (by git, plus docs added or
 * removed) are analyzed in full on each side; every other doc is the same on both, so both graphs share the work
 * tree's graph index. When the config differs too (readiness criteria may have moved), both catalogs are analyzed in full.
 */
export async function loadDiffSides(options: DiffSidesOptions): Promise<DiffSides> {
  const { root, commit, inRepo } = await resolveGitRef(options.cwd, options.ref);
  const dir = inRepo(options.dir);
  const prefix = dir === '' ? '' : `${dir}/`;
  const configPath = inRepo(options.configFile);
  const headConfigBytes = readOptional(options.configFile);
  const baseBlobs = await listBlobs(root, commit, [prefix === '' ? '.' : prefix, configPath]);
  const baseConfigObject = baseBlobs.get(configPath);
  const [baseConfigBytes] = baseConfigObject ? await catFiles(root, [baseConfigObject]) : [undefined];
  const { config } = readConfig(options.configFile, headConfigBytes);

  if (!sameBytes(headConfigBytes, baseConfigBytes)) {
    const head = await loadCatalog({ cwd: options.cwd, dir: options.dir, configFile: options.configFile, today: options.today, parallel: true });
    const base = await loadGitCatalog({ cwd: options.cwd, ref: commit, dir: options.dir, configFile: options.configFile, today: options.today });
    return { head: { ...head, details: head.byId }, base: { ...base, details: base.byId }, commit, config };
  }

  const index = await loadGraphIndex({ dir: options.dir, cwd: options.cwd, cache: options.cache });
  const baseNames = new Map([...baseBlobs].filter(([path]) => isDoc(path, prefix)).map(([path, object]) => [path.slice(prefix.length), object]));
  const headNames = new Set(index.names);
  const modified = (await runGit(root, ['--literal-pathspecs', 'diff', '--no-ext-diff', '--name-only', '--no-renames', '-z', commit, '--', prefix === '' ? '.' : prefix]))
    .toString('utf8').split('\0').filter((path) => isDoc(path, prefix)).map((path) => path.slice(prefix.length));
  const changed = new Set([...modified, ...[...headNames].filter((n) => !baseNames.has(n)), ...[...baseNames.keys()].filter((n) => !headNames.has(n))]);

  // Docs are named as the work tree's are, so a file reads the same on both sides.
  const fileOf = (name: string) => displayPath(options.cwd, join(options.dir, name));
  const headDetails = new Map<string, CatalogSystem>();
  for (const name of changed) {
    const system = headNames.has(name) ? analyze(fileOf(name), name, readOptional(join(options.dir, name))) : undefined;
    if (system && index.byId.has(system.id)) headDetails.set(system.id, system);
  }
  const baseDetails = new Map<string, CatalogSystem>();
  const baseChanged = [...changed].filter((n) => baseNames.has(n));
  const baseBytes = await catFiles(root, baseChanged.map((n) => baseNames.get(n)!));
  baseChanged.forEach((name, i) => {
    const system = analyze(fileOf(name), name, baseBytes[i]);
    if (system) baseDetails.set(system.id, system);
  });

  const baseSystems = [...index.systems.filter((s) => !changed.has(`${s.id}.md`)), ...baseDetails.values()];
  const readinessOf = (details: Map<string, CatalogSystem>) =>
    new Map<string, SystemReadiness>([...details.values()].map((s) => [s.id, computeReadiness(s, config, options.today)]));
  return {
    head: { byId: index.byId, graph: index.graph, details: headDetails, readiness: readinessOf(headDetails) },
    base: { byId: new Map(baseSystems.map((s) => [s.id, s])), graph: buildGraph(baseSystems), details: baseDetails, readiness: readinessOf(baseDetails) },
    commit,
    config,
  };
}

function analyze(file: string, name: string, bytes: Uint8Array | undefined): CatalogSystem | undefined {
  const system = bytes ? analyzeSystemFile(file, name.slice(0, -3), bytes).system : undefined;
  // analyzeSystemFile leaves headings to its caller; readiness needs them.
  if (system) system.headings = readHeadings(system.body, system.bodyLine);
  return system;
}

function isDoc(path: string, prefix: string): boolean {
  return path.startsWith(prefix) && path.endsWith('.md') && !path.slice(prefix.length).includes('/');
}

function readOptional(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && Buffer.compare(a, b) === 0);
}
