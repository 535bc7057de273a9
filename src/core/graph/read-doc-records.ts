import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocRecord } from './digest-catalog-docs.ts';
import type { CatalogIndexCache } from './load-catalog-index.ts';
import { writeCacheFile } from './write-cache-file.ts';

/** Changes whenever the shape of the records changes, so old records are never trusted. */
const FORMAT = 'doc-records-1';

type Row = [path: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, dev: number, digest: string];

/** The doc records kept for a systems folder (`digestCatalogDocs`), or none when there are none for this tool version. */
export function readDocRecords(cache: CatalogIndexCache, dir: string): Map<string, DocRecord> {
  const records = new Map<string, DocRecord>();
  try {
    const [format, key, rows] = JSON.parse(readFileSync(recordsFile(cache, dir), 'utf8')) as [string, string, Row[]];
    if (format !== FORMAT || key !== cache.key || !Array.isArray(rows)) return records;
    for (const [path, size, mtimeMs, ctimeMs, ino, dev, digest] of rows) records.set(path, { size, mtimeMs, ctimeMs, ino, dev, digest });
  } catch {
    // No records yet, or unreadable ones: every doc is read.
  }
  return records;
}

/** Keeps a systems folder's doc records for the next run; one file per folder, replaced each time. */
export function writeDocRecords(cache: CatalogIndexCache, dir: string, records: ReadonlyMap<string, DocRecord>): void {
  const rows = [...records].map(([path, r]): Row => [path, r.size, r.mtimeMs, r.ctimeMs, r.ino, r.dev, r.digest]);
  writeCacheFile(recordsFile(cache, dir), JSON.stringify([FORMAT, cache.key, rows]));
}

function recordsFile(cache: CatalogIndexCache, dir: string): string {
  return join(cache.folder, `docs-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.json`);
}
