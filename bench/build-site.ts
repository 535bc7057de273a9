// Benchmarks `fieldguide build` (check + Astro + search index) on generated catalogs of 1,000 and 10,000 systems.
// Each build starts cold: no Astro content cache, no previous output. Peak memory is the largest single process
// (from GNU time when present) and the sum of the Node processes' peaks (the CLI and Astro run at the same time).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalog } from './generate-catalog.ts';
import { table, type Measurement } from './measure.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RSS_HOOK = fileURLToPath(new URL('./log-rss.ts', import.meta.url));
const TIME = '/usr/bin/time';

/** One cold build of `dir` into `out`: wall time, largest process and summed Node peaks, in MB. */
function coldBuild(dir: string, out: string): { ms: number; largestMb: number; nodeSumMb: number } {
  rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  const log = join(mkdtempSync(join(tmpdir(), 'fieldguide-rss-')), 'rss.log');
  const args = ['bin/fieldguide.js', 'build', dir, '--out', out, '--today', '2026-11-26'];
  const timed = existsSync(TIME);
  const start = performance.now();
  const result = spawnSync(timed ? TIME : process.execPath, timed ? ['-v', process.execPath, ...args] : args, {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: `--import ${RSS_HOOK}`, FIELDGUIDE_RSS_LOG: log },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`build of ${dir} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const peaks = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((l) => Number(l.split(' ')[1])) : [];
  const largestKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? Math.max(0, ...peaks));
  return { ms, largestMb: largestKb / 1024, nodeSumMb: peaks.reduce((a, b) => a + b, 0) / 1024 };
}

/** Measures the site build against its targets; returns rows for the report. */
export async function benchBuildSite(outDir: string): Promise<(Measurement & { target?: string })[]> {
  const rows: (Measurement & { target?: string })[] = [];
  for (const n of [1000, 10000]) {
    // Its own folder, so a check benchmark running at the same time never rewrites the catalog under a build.
    const dir = join(outDir, 'site', `catalog-${n}`);
    await generateCatalog(dir, n);
    const runs = n > 1000 ? 1 : 3;
    const results = Array.from({ length: runs }, () => coldBuild(dir, join(outDir, 'site', `dist-${n}`)));
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    const largest = Math.max(...results.map((r) => r.largestMb));
    const sum = Math.max(...results.map((r) => r.nodeSumMb));
    rows.push({
      label: `npm run build (${n} systems, cold; Node processes together peak ≤ ${Math.round(sum)} MB)`,
      medianMs: times[Math.floor(times.length / 2)]!,
      peakMb: largest,
      runs,
      target: n === 1000 ? '≤ 30 s, < 2 GB peak' : 'completes, no out-of-memory',
    });
  }
  return rows;
}

if (import.meta.main) {
  console.log(table(await benchBuildSite('bench/out')));
}
