// `fieldguide dev`: time from spawn to the first 200 response for a system page (/systems/<id>/), and from an
// edit of that system's doc to the edit being visible on the page over HTTP. The server's whole process group is
// stopped afterwards, also when a measurement fails.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './peers.ts';
import type { Row } from './report.ts';
import { median, startMeasured, stopTree } from './run-measured.ts';

const TODAY = '2026-11-26';
const FIRST_PAGE_TIMEOUT_MS = 5 * 60 * 1000;
const EDIT_TIMEOUT_MS = 60 * 1000;
const POLL_MS = 25;
const LOCK_WAIT_MS = 10 * 60 * 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The page's HTML, or undefined while the server does not answer 200. */
async function fetchPage(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30000) });
    const text = await response.text();
    return response.status === 200 ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Polls `url` every POLL_MS until `accept` holds for its HTML; throws when `alive` turns false or on timeout. */
async function pollUntil(url: string, accept: (html: string) => boolean, timeoutMs: number, alive: () => string | undefined): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const html = await fetchPage(url);
    if (html !== undefined && accept(html)) return;
    const dead = alive();
    if (dead !== undefined) throw new Error(`the dev server ended early:\n${dead.slice(-4000)}`);
    if (performance.now() > deadline) throw new Error(`${url} did not show what was awaited within ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

/**
 * Starts `fieldguide dev`. Astro allows one dev server per project root (its lock in .astro/), and the site root
 * is this repository: while someone else's dev server runs here, wait for it (never `--force`, which would stop
 * theirs) for up to LOCK_WAIT_MS.
 */
async function startDev(catalog: string, port: number) {
  const deadline = performance.now() + LOCK_WAIT_MS;
  for (;;) {
    const server = startMeasured(process.execPath, [join(ROOT, 'bin', 'fieldguide.js'), 'dev', '--dir', catalog, '--port', String(port), '--today', TODAY], { cwd: ROOT });
    const locked = await new Promise<boolean>((resolve) => {
      const check = setInterval(() => {
        if (server.output().includes('Another astro dev server is already running')) finish(true);
        else if (server.output().includes('ready in') || performance.now() - server.start > 60000) finish(false);
      }, 50);
      server.child.once('close', () => finish(server.output().includes('Another astro dev server is already running')));
      function finish(value: boolean) {
        clearInterval(check);
        resolve(value);
      }
    });
    if (!locked) return server;
    await stopTree(server.child);
    await server.done;
    if (performance.now() > deadline) throw new Error(`another Astro dev server kept running in ${ROOT} for ${LOCK_WAIT_MS / 1000} s`);
    console.error('bench:   another Astro dev server runs in this project; waiting for it to stop…');
    await sleep(5000);
  }
}

/**
 * Starts the dev server `sessions` times on `catalog` (the dev content store in .astro/ and the kept bodies in
 * node_modules/.cache/fieldguide deleted before each, so the content layer loads and renders everything), measures the first page; in the last session, edits doc `id` `edits` times.
 */
export async function benchDev(catalog: string, id: string, n: number, sessions: number, edits: number): Promise<Row[]> {
  const firstPage: number[] = [];
  const visible: number[] = [];
  let peakMb = 0;
  const file = join(catalog, `${id}.md`);
  const original = readFileSync(file, 'utf8');
  try {
    for (let s = 0; s < sessions; s++) {
      rmSync(join(ROOT, '.astro', 'data-store.json'), { force: true });
      rmSync(join(ROOT, 'node_modules', '.cache', 'fieldguide'), { recursive: true, force: true });
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/systems/${id}/`;
      console.error(`bench: fieldguide dev, ${n} systems, session ${s + 1}/${sessions} on port ${port}…`);
      const server = await startDev(catalog, port);
      const alive = () => (server.child.exitCode !== null || server.child.signalCode !== null
        ? `exit ${server.child.exitCode ?? server.child.signalCode}\n${server.output()}`
        : undefined);
      try {
        await pollUntil(url, () => true, FIRST_PAGE_TIMEOUT_MS, alive);
        firstPage.push(performance.now() - server.start);
        console.error(`bench:   first page after ${((performance.now() - server.start) / 1000).toFixed(1)} s`);
        if (s === sessions - 1) {
          for (let e = 0; e < edits; e++) {
            const marker = `benchmarker${process.pid}x${Date.now().toString(36)}x${e}`;
            const start = performance.now();
            appendFileSync(file, `\nA change made by the benchmark: ${marker}.\n`);
            await pollUntil(url, (html) => html.includes(marker), EDIT_TIMEOUT_MS, alive);
            visible.push(performance.now() - start);
            console.error(`bench:   edit ${e + 1}/${edits} visible after ${((performance.now() - start) / 1000).toFixed(2)} s`);
            // Let the server settle (its reload after the edit) before the next edit.
            await sleep(500);
          }
        }
      } finally {
        await stopTree(server.child);
        peakMb = Math.max(peakMb, (await server.done).peakMb);
      }
    }
  } finally {
    writeFileSync(file, original);
  }
  const at1000 = n === 1000;
  const rows: Row[] = [{
    section: 'dev', label: 'fieldguide dev: first page', systems: n, runs: sessions, value: median(firstPage), unit: 'ms',
    peakMb, samples: firstPage, ...(at1000 ? { target: '< 10 s', pass: median(firstPage) < 10000 } : {}),
  }];
  if (visible.length > 0) {
    rows.push({
      section: 'dev', label: 'fieldguide dev: edit to visible', systems: n, runs: visible.length, value: median(visible), unit: 'ms',
      samples: visible, ...(at1000 ? { target: '< 1 s', pass: median(visible) < 1000 } : {}),
    });
  }
  return rows;
}
