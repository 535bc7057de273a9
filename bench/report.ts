// The benchmark's result rows, printed as an aligned table and written as JSON with the machine they ran on.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname } from 'node:path';

/** One measured quantity at one catalog size. */
export interface Row {
  /** Section it came from: check, build, warm, dev, peers. */
  section: string;
  label: string;
  systems: number;
  runs: number;
  /** Median wall time (ms), or for a ratio row the ratio itself. */
  value: number;
  unit: 'ms' | 'ratio';
  /** Peak of the summed RSS of the whole process tree, the largest seen over the runs. */
  peakMb?: number;
  /** Output folder size and HTML pages, for builds. */
  distBytes?: number;
  pages?: number;
  /** The target for this row, in words, and whether the measurement meets it. */
  target?: string;
  pass?: boolean;
  /** The individual runs (ms), for a reader who distrusts medians. */
  samples?: number[];
  note?: string;
}

/** Where and on what the benchmark ran. */
export function describeMachine() {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    date: new Date().toISOString(),
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    commit: git('rev-parse', '--short', 'HEAD'),
    dirtySrc: git('status', '--porcelain', '--', 'src', 'bin', 'astro.config.mjs') !== '',
  };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The rows as an aligned plain-text table. */
export function formatTable(rows: Row[]): string {
  const head = ['measurement', 'systems', 'runs', 'median', 'peak RSS (tree)', 'dist', 'target', ''];
  const lines = rows.map((r) => [
    r.label,
    r.systems.toLocaleString('en-US'),
    String(r.runs),
    r.unit === 'ratio' ? `${r.value.toFixed(2)}×` : Number.isFinite(r.value) ? `${(r.value / 1000).toFixed(2)} s` : 'failed',
    r.peakMb === undefined || Number.isNaN(r.peakMb) ? '' : `${Math.round(r.peakMb)} MB`,
    r.distBytes === undefined ? '' : `${mb(r.distBytes)}, ${r.pages} pages`,
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'ok' : 'MISSED',
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const fmt = (l: string[]) => l.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.label} (${r.systems}): ${r.note}`);
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt), ...(notes.length ? ['', ...notes] : [])].join('\n');
}

/** Writes the rows, the options and the machine description as JSON. */
export function writeResults(file: string, rows: Row[], options: object, notes: string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ machine: describeMachine(), options, notes, rows }, null, 2)}\n`);
}
