import { Worker, MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { readHeadings, type Heading } from './read-headings.ts';

/** Reads a doc's headings given its index in the list the reader was made for. */
export type HeadingsReader = (index: number, body: string, bodyLine: number) => Heading[];

/**
 * Below this many docs a worker costs more than it saves: since headings come from a line scanner (about 0.05 ms a
 * doc), starting the worker and copying every doc's bytes to it cost more than the scan at 1,000 and at 10,000 docs.
 */
const MIN_DOCS = 50_000;

/** Longest wait for one answer before reading the doc here instead (a worker that died never answers). */
const MAX_WAIT_MS = 2000;
/** `.ts` when run from the sources, `.js` when run from the compiled package (lib/): the worker file is its sibling. */
const MODULE_EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/**
 * Shares heading extraction (the costliest step of a check) with one worker thread, while the calling thread keeps
 * analyzing synchronously. The two claim docs from opposite ends of the list through shared memory, so neither waits
 * for the other until they meet; for a doc the worker has claimed, the caller blocks on a shared counter the worker
 * bumps after each answer. Returns `undefined` (read inline) for small catalogs or when a worker cannot start.
 */
export function createParallelHeadings(docs: readonly Uint8Array[]): { read: HeadingsReader; close: () => Promise<void> } | undefined {
  if (docs.length < MIN_DOCS) return undefined;
  const claims = new Int32Array(new SharedArrayBuffer(docs.length * 4));
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(new URL(`./headings-worker${MODULE_EXTENSION}`, import.meta.url), {
      workerData: { docs, claims, signal, port: port2 },
      transferList: [port2],
    });
  } catch {
    return undefined;
  }
  // A failed worker is noticed by the wait timing out; the caller then reads headings itself.
  worker.on('error', () => undefined);
  const received = new Map<number, Heading[]>();
  let workerDone = false;

  const read: HeadingsReader = (index, body, bodyLine) => {
    if (workerDone || Atomics.compareExchange(claims, index, 0, 1) === 0) return readHeadings(body, bodyLine);
    // The worker has this doc: wait for its answer, keeping whatever else arrives on the way.
    const deadline = Date.now() + MAX_WAIT_MS;
    while (!received.has(index) && !workerDone && Date.now() < deadline) {
      const seen = Atomics.load(signal, 0);
      const message = receiveMessageOnPort(port1)?.message as { index?: number; headings?: Heading[]; done?: boolean } | undefined;
      if (!message) {
        Atomics.wait(signal, 0, seen, 50);
        continue;
      }
      if (message.done) workerDone = true;
      else received.set(message.index!, message.headings!);
    }
    const headings = received.get(index);
    received.delete(index);
    return headings ?? readHeadings(body, bodyLine);
  };
  const close = async () => {
    port1.close();
    await worker.terminate();
  };
  return { read, close };
}
