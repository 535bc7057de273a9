import { createHash } from 'node:crypto';
import { statSync, type Stats } from 'node:fs';
import type { SourceFile } from '../analyze-catalog.ts';
import type { Finding } from '../diagnostic.ts';
import { readCatalogDoc, type CatalogDocPath } from '../read-catalog-files.ts';
import { MAX_FILE_BYTES } from '../source/decode-text.ts';

/** A doc as a catalog's cache key sees it: a digest of its bytes, or the finding that says why it was not read. */
export type DocDigest = { file: string; digest: string } | { file: string; unreadable: Finding };

/** What a doc's file looked like when its bytes were hashed: if it still looks the same, the digest still holds. */
export interface DocRecord {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
  digest: string;
}

/**
 * How long after a change a file's timestamps may still look unchanged after a second change: filesystems store them
 * coarsely (FAT: 2 s, HFS+ and some network filesystems: 1 s), so a record is only made of a file whose mtime and
 * ctime are at least this much older than the moment its stats were taken, as git does with "racily clean" entries.
 */
const SETTLE_MS = 2_000;

/** The key's view of an already-read doc. */
export function digestSourceFile(doc: SourceFile): DocDigest {
  return 'bytes' in doc ? { file: doc.file, digest: digestBytes(doc.bytes) } : doc;
}

/**
 * The digest of each listed doc, taken from `records` (by path) for a regular file whose size, mtime, ctime, inode
 * and device are as recorded, and otherwise from its bytes, read the way `check` reads them. Anything that is not a
 * plain, small enough regular file is read (or refused) by that same reader every time, so its finding never differs.
 *
 * The assumption, as in git's index: a file's content does not change unless its size, mtime, ctime, inode or device
 * does. Setting mtime back (`touch -d`) still changes ctime, which nothing but the kernel sets; a change made within
 * the timestamps' granularity of the last look is caught because such recent files are never recorded. A clock that
 * disagrees with the filesystem's (some network filesystems) by more than `SETTLE_MS` is outside the assumption.
 *
 * Returns the digests in order, the bytes of the docs that had to be read (for a caller that goes on to analyze), the
 * records for the next time, and whether they differ from the ones given.
 */
export function digestCatalogDocs(
  docPaths: readonly CatalogDocPath[],
  records: ReadonlyMap<string, DocRecord>,
  now: number,
): { digests: DocDigest[]; read: Map<string, SourceFile>; records: Map<string, DocRecord>; changed: boolean } {
  const digests: DocDigest[] = [];
  const read = new Map<string, SourceFile>();
  const next = new Map<string, DocRecord>();
  let changed = records.size !== docPaths.length;
  for (const doc of docPaths) {
    const stats = lookAt(doc.path);
    const old = records.get(doc.path);
    if (stats && old && sameFile(old, stats)) {
      digests.push({ file: doc.file, digest: old.digest });
      next.set(doc.path, old);
      continue;
    }
    changed = true;
    // Read only after the look: a file replaced in between is recorded with the old stats, so it is read again next time.
    const source = readCatalogDoc(doc);
    const digest = digestSourceFile(source);
    digests.push(digest);
    read.set(doc.path, source);
    if (stats && 'digest' in digest && Math.max(stats.mtimeMs, stats.ctimeMs) < now - SETTLE_MS) {
      next.set(doc.path, { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino, dev: stats.dev, digest: digest.digest });
    }
  }
  return { digests, read, records: next, changed };
}

function digestBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/** The stats of what the path leads to when it is a regular file the reader would read; otherwise undefined. */
function lookAt(path: string): Stats | undefined {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats?.isFile() && stats.size <= MAX_FILE_BYTES ? stats : undefined;
  } catch {
    return undefined;
  }
}

function sameFile(record: DocRecord, stats: Stats): boolean {
  return record.size === stats.size && record.mtimeMs === stats.mtimeMs && record.ctimeMs === stats.ctimeMs && record.ino === stats.ino && record.dev === stats.dev;
}
