import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../../src/core/source/read-source-file.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'fieldguide-read-'));
const at = (rule: string, message: string, hint?: string) => ({ finding: { file: 'x.md', line: 1, column: 1, rule, message, ...(hint ? { hint } : {}) } });
const NOT_A_FILE_HINT = 'Keep only regular files (or links to them) here.';

describe('readSourceFile', () => {
  it('reads a regular file, through a link too, and says when nothing is there', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.md'), 'text');
    symlinkSync(join(dir, 'a.md'), join(dir, 'link.md'));
    const text = (path: string) => {
      const read = readSourceFile(join(dir, path), 'x.md');
      return 'bytes' in read ? Buffer.from(read.bytes).toString() : read;
    };
    expect(text('a.md')).toBe('text');
    expect(text('link.md')).toBe('text');
    expect(readSourceFile(join(dir, 'none.md'), 'x.md')).toEqual({ missing: true });
  });

  it('reports a FIFO and a link to /dev/zero at once, without reading (either would never end)', () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    expect(readSourceFile(join(dir, 'pipe.md'), 'x.md')).toEqual(at('not-a-file', 'The path is a named pipe (FIFO), not a regular file, so it was not read.', NOT_A_FILE_HINT));
    expect(readSourceFile(join(dir, 'zero.md'), 'x.md')).toEqual(at('not-a-file', 'The path is a character device, not a regular file, so it was not read.', NOT_A_FILE_HINT));
  });

  it('reports a folder, a link to a folder and a link that loops', () => {
    const dir = folder();
    mkdirSync(join(dir, 'sub.md'));
    symlinkSync(join(dir, 'sub.md'), join(dir, 'to-folder.md'));
    symlinkSync(join(dir, 'loop.md'), join(dir, 'loop.md'));
    const isFolder = at('not-a-file', 'The path is a folder, not a regular file, so it was not read.', NOT_A_FILE_HINT);
    expect(readSourceFile(join(dir, 'sub.md'), 'x.md')).toEqual(isFolder);
    expect(readSourceFile(join(dir, 'to-folder.md'), 'x.md')).toEqual(isFolder);
    expect(readSourceFile(join(dir, 'loop.md'), 'x.md')).toEqual(at(
      'not-a-file', 'The path is a symbolic link that loops (ELOOP), not a regular file, so it was not read.',
      'Point the link at a file, or replace it with the file.',
    ));
  });

  it('reports a link to nothing as a read error, not as a missing file', () => {
    const dir = folder();
    symlinkSync(join(dir, 'gone.md'), join(dir, 'ghost.md'));
    expect(readSourceFile(join(dir, 'ghost.md'), 'x.md')).toEqual(at('read-error', 'The file could not be read (ENOENT).'));
  });

  it('reports a 1.2 GB sparse file by its size, without reading it', () => {
    const dir = folder();
    writeFileSync(join(dir, 'big.md'), '');
    truncateSync(join(dir, 'big.md'), 1_200_000_000);
    const started = performance.now();
    expect(readSourceFile(join(dir, 'big.md'), 'x.md')).toEqual(at(
      'file-too-large', 'The file is 1200000000 bytes; the limit is 1048576 bytes.',
      'Split long material into linked pages; a system doc should stay readable.',
    ));
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('reads a file of exactly the limit, and reports one byte more', () => {
    const dir = folder();
    writeFileSync(join(dir, 'max.md'), Buffer.alloc(1024 * 1024, 0x61));
    writeFileSync(join(dir, 'over.md'), Buffer.alloc(1024 * 1024 + 1, 0x61));
    const max = readSourceFile(join(dir, 'max.md'), 'x.md');
    expect('bytes' in max && max.bytes.length).toBe(1024 * 1024);
    expect(readSourceFile(join(dir, 'over.md'), 'x.md')).toMatchObject(at('file-too-large', 'The file is 1048577 bytes; the limit is 1048576 bytes.'));
  });
});
