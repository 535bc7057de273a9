// Helpers for the benchmark scripts: run a command several times and report its median wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** One measured command: median wall time over the runs and the largest peak RSS seen. */
export interface Measurement {
  label: string;
  medianMs: number;
  peakMb: number;
  runs: number;
}

const RSS_HOOK = fileURLToPath(new URL('./report-rss.ts', import.meta.url));

/**
 * Runs `node <args>` `runs` times (after one warm-up, so the file cache is warm as in CI's second step)
 * and measures wall time; peak RSS comes from a preloaded hook that reports the process's own maxRSS,
 * including its worker threads.
 */
export function measureNode(label: string, args: string[], options: { runs?: number; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Measurement {
  const runs = options.runs ?? 3;
  const times: number[] = [];
  let peakKb = 0;
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], {
      cwd: options.cwd, env: { ...process.env, ...options.env }, encoding: 'utf8', maxBuffer: 1 << 28,
    });
    const elapsed = performance.now() - start;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${label} failed (${result.status}): ${result.stderr}`);
    const rss = /fieldguide-bench-maxrss=(\d+)/.exec(result.stderr);
    if (rss) peakKb = Math.max(peakKb, Number(rss[1]));
    if (i > 0) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return { label, medianMs: times[Math.floor(times.length / 2)]!, peakMb: peakKb / 1024, runs };
}

/** Runs a shell command the way a user types it (`npx fieldguide …`) and returns its median wall time. */
export function measureShell(label: string, command: string, options: { runs?: number; cwd?: string } = {}): Measurement {
  const runs = options.runs ?? 3;
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = spawnSync('sh', ['-c', command], { cwd: options.cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
    const elapsed = performance.now() - start;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${label} failed (${result.status}): ${result.stderr}`);
    if (i > 0) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return { label, medianMs: times[Math.floor(times.length / 2)]!, peakMb: NaN, runs };
}

/** Formats measurements as an aligned table, with an optional target per row. */
export function table(rows: (Measurement & { target?: string })[]): string {
  const lines = rows.map((r) => [
    r.label,
    `${(r.medianMs / 1000).toFixed(2)} s`,
    Number.isNaN(r.peakMb) ? '' : `${Math.round(r.peakMb)} MB`,
    r.target ?? '',
  ]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...lines.map((l) => l[c]!.length), ['command', 'median wall', 'peak RSS', 'target'][c]!.length));
  const fmt = (l: string[]) => l.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  return [fmt(['command', 'median wall', 'peak RSS', 'target']), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}
