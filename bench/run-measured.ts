// Runs one command as a whole process tree and measures it: wall time, and the peak of the summed RSS of every
// process in the tree (the CLI, Astro and the Pagefind binary run at the same time, so no single process's peak
// tells the machine's memory need). The tree is the child's process group plus its descendants, read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one measured run gives back. */
export interface ProcessRun {
  ms: number;
  /** Peak of the summed RSS of the whole process tree, sampled every SAMPLE_MS; NaN where /proc is missing. */
  peakMb: number;
  code: number | null;
  output: string;
}

const SAMPLE_MS = 50;
const PAGE_BYTES = 4096;
const live = new Set<ChildProcess>();

/** Sums the RSS (bytes) of `root`, its process group and all their descendants. */
export function treeRssBytes(root: number): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return NaN;
  }
  const parent = new Map<number, number>();
  const inTree = new Set<number>([root]);
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces and parentheses): state ppid pgrp …
      const [, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(pid), Number(ppid));
      if (Number(pgrp) === root) inTree.add(Number(pid));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let bytes = 0;
  for (const pid of inTree) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // Gone already.
    }
  }
  return bytes;
}

/** Options for a measured run. */
export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the tree and reject after this long. */
  timeoutMs?: number;
}

/** Starts `command` in its own process group, sampling the tree's memory until the caller stops it. */
export function startMeasured(command: string, args: string[], options: RunOptions = {}) {
  const start = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  live.add(child);
  const chunks: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => chunks.push(chunk));
  let peak = 0;
  const sample = () => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const done = new Promise<ProcessRun>((resolve, reject) => {
    const timeout = options.timeoutMs
      ? setTimeout(() => {
        killTree(child);
        reject(new Error(`${command} ${args.join(' ')} took over ${options.timeoutMs} ms:\n${Buffer.concat(chunks).toString('utf8')}`));
      }, options.timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      clearInterval(timer);
      clearTimeout(timeout);
      killTree(child);
      live.delete(child);
      resolve({ ms, peakMb: peak / 2 ** 20, code, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
  return { child, start, done, output: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs `command` to its end and measures it; a failing exit code is returned, not thrown. */
export function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<ProcessRun> {
  return startMeasured(command, args, options).done;
}

/** Sends SIGTERM to the child's whole process group, then SIGKILL to whatever is left after `graceMs`. */
export async function stopTree(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.pid === undefined) return;
  const closed = child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('close', () => resolve()));
  killTree(child, 'SIGTERM');
  const timer = setTimeout(() => killTree(child, 'SIGKILL'), graceMs);
  await closed;
  clearTimeout(timer);
  killTree(child, 'SIGKILL');
}

function killTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already empty.
  }
}

// Never leave a server behind, even when the benchmark itself is interrupted or fails.
process.on('exit', () => {
  for (const child of live) killTree(child);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of live) killTree(child);
    process.exit(130);
  });
}

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
