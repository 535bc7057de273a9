// Worker side of `createParallelHeadings` (loaded by headings-worker.ts): claims docs from the end of the list
// and reads their headings.
import { workerData, type MessagePort } from 'node:worker_threads';
import { readHeadings } from './read-headings.ts';
import { splitFrontMatter } from './split-front-matter.ts';

const { docs, claims, signal, port } = workerData as { docs: Uint8Array[]; claims: Int32Array; signal: Int32Array; port: MessagePort };
const decoder = new TextDecoder();

const post = (message: unknown) => {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};

for (let i = docs.length - 1; i >= 0; i--) {
  // 0 = free, 1 = taken by the main thread, 2 = taken here.
  if (Atomics.compareExchange(claims, i, 0, 2) !== 0) break;
  // The caller decodes strictly and never asks for a doc that is not UTF-8, so a lenient decode is enough here.
  const decoded = decoder.decode(docs[i]);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const split = splitFrontMatter(text);
  const headings = split && split !== 'unclosed'
    ? readHeadings(text.slice(split.bodyStart), countLines(text, split.bodyStart) + 1)
    : [];
  post({ index: i, headings });
}
post({ done: true });
port.close();

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
