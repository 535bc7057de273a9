import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { Finding } from '../diagnostic.ts';
import { MAX_FILE_BYTES } from './decode-text.ts';

/** A file's bytes; or a located finding saying why it was not read; or `missing` when nothing is at the path. */
export type SourceRead = { bytes: Uint8Array } | { finding: Finding } | { missing: true };

// Opening a FIFO for reading waits for a writer; non-blocking, it returns at once and `fstat` tells what it is.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a catalog file (a doc, the teams file, the config, the graph index's docs) without ever hanging or reading
 * more than the size limit: it looks at what the path leads to first (following links), reads only regular files,
 * and reads at most one byte past the limit, so a file that grows after the look is still cut short.
 * `file` is the path as diagnostics show it.
 */
export function readSourceFile(path: string, file: string): SourceRead {
  let stats: Stats | undefined;
  try {
    stats = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return { finding: failure(file, error) };
  }
  if (stats === undefined) return isLink(path) ? { finding: readError(file, 'ENOENT') } : { missing: true };
  const early = check(file, stats);
  if (early) return { finding: early };

  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return { finding: failure(file, error) };
  }
  try {
    // The path may have changed since the look above: what counts is what was opened.
    const opened = fstatSync(fd);
    const late = check(file, opened);
    if (late) return { finding: late };
    let buffer = Buffer.allocUnsafe(Math.min(opened.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_FILE_BYTES) return { finding: tooLarge(file, length, true) };
        const grown = Buffer.allocUnsafe(Math.min(length * 2, MAX_FILE_BYTES + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { finding: failure(file, error) };
  } finally {
    closeSync(fd);
  }
}

/** The finding for a path that is not a regular file or is too large, told by its stats alone. */
function check(file: string, stats: Stats): Finding | undefined {
  if (!stats.isFile()) {
    return {
      file, line: 1, column: 1, rule: 'not-a-file',
      message: `The path is ${kindOf(stats)}, not a regular file, so it was not read.`,
      hint: 'Keep only regular files (or links to them) here.',
    };
  }
  return stats.size > MAX_FILE_BYTES ? tooLarge(file, stats.size, false) : undefined;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function tooLarge(file: string, size: number, grew: boolean): Finding {
  return {
    file, line: 1, column: 1, rule: 'file-too-large',
    message: `The file is ${grew ? 'more than ' : ''}${grew ? MAX_FILE_BYTES : size} bytes; the limit is ${MAX_FILE_BYTES} bytes.`,
    hint: 'Split long material into linked pages; a system doc should stay readable.',
  };
}

function failure(file: string, error: unknown): Finding {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  if (code === 'ELOOP') {
    return {
      file, line: 1, column: 1, rule: 'not-a-file',
      message: 'The path is a symbolic link that loops (ELOOP), not a regular file, so it was not read.',
      hint: 'Point the link at a file, or replace it with the file.',
    };
  }
  if (code === 'EISDIR') return check(file, { isFile: () => false, isDirectory: () => true } as Stats)!;
  return readError(file, code);
}

function readError(file: string, code: string): Finding {
  return { file, line: 1, column: 1, rule: 'read-error', message: `The file could not be read (${code}).` };
}

/** True for a link that leads nowhere: something is at the path, but nothing at its end. */
function isLink(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  } catch {
    return false;
  }
}
