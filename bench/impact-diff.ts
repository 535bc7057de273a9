// Benchmarks `fieldguide impact` and `fieldguide diff` on a generated 10,000-system catalog in a git repository
// (issue: impact analysis and PR diffs; targets: impact < 1 s, diff < 5 s).
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile, rename, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalog } from './generate-catalog.ts';
import { measureNode, table, type Measurement } from './measure.ts';

const BIN = fileURLToPath(new URL('../bin/fieldguide.js', import.meta.url));

/** Commits a generated catalog, then edits the work tree the way a pull request would: a few changes of each kind. */
export async function prepareRepository(root: string, n: number): Promise<void> {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await generateCatalog(join(root, 'systems'), n);
  // A project after `npm ci`: node_modules (here, this repository's) is where the graph index is cached.
  await symlink(fileURLToPath(new URL('../node_modules', import.meta.url)), join(root, 'node_modules'));
  await writeFile(join(root, '.gitignore'), 'node_modules\n');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'base catalog');

  const edit = async (id: string, change: (text: string) => string) => {
    const file = join(root, 'systems', `${id}.md`);
    await writeFile(file, change(await readFile(file, 'utf8')));
  };
  await edit('database-00001', (t) => t.replace(/^tier: \d/m, 'tier: 1'));
  await edit('service-00010', (t) => t.replace(/^owner: .*/m, 'owner: team-1'));
  await edit('service-00020', (t) => t.replace(/^depends_on:\n/m, 'depends_on:\n  - queue-00001\n'));
  await edit('infrastructure-00002', (t) => t.replace(/^lifecycle: .*/m, 'lifecycle: deprecated\nretirement_note: Moving to the new platform.'));
  await rename(join(root, 'systems', 'tool-00005.md'), join(root, 'systems', 'tool-00005-renamed.md'));
  await rm(join(root, 'systems', 'website-00007.md'));
  await writeFile(join(root, 'systems', 'service-99999.md'), (await readFile(join(root, 'systems', 'service-00030.md'), 'utf8')).replace(/^name: .*/m, 'name: brand new service'));
}

/** Measures impact of a hub system (text and JSON) and diff against the base commit. */
export async function benchImpactDiff(outDir: string, n = 10_000): Promise<(Measurement & { target?: string })[]> {
  const root = resolve(outDir, `impact-diff-${n}`);
  await prepareRepository(root, n);
  const run = (label: string, args: string[], target: string) => ({ ...measureNode(label, [BIN, ...args], { runs: 3, cwd: root }), target });
  // The first run of each row is a warm-up, which also fills the graph-index cache; `--no-cache` rows show a cold start.
  return [
    run(`impact infrastructure-00001 (${n} systems, hub)`, ['impact', 'infrastructure-00001'], '< 1 s'),
    run('impact infrastructure-00001 --format json', ['impact', 'infrastructure-00001', '--format', 'json'], '< 1 s'),
    run('impact service-00010 --reverse', ['impact', 'service-00010', '--reverse'], '< 1 s'),
    run('impact infrastructure-00001 --no-cache', ['impact', 'infrastructure-00001', '--no-cache'], ''),
    run(`diff --base HEAD (${n} systems, 7 changes)`, ['diff', '--base', 'HEAD', '--today', '2026-11-26'], '< 5 s'),
    run('diff --base HEAD --no-cache', ['diff', '--base', 'HEAD', '--today', '2026-11-26', '--no-cache'], '< 5 s'),
  ];
}

if (import.meta.main) {
  console.log(table(await benchImpactDiff('bench/out', Number(process.argv[2] ?? 10_000))));
}
