import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraphIndex } from '../../../src/core/graph/load-graph-index.ts';
import { productionDoc, TEAMS } from '../../helpers/make-catalog.ts';
import { makeProject } from '../../helpers/run-cli.ts';

describe('loadGraphIndex on files that are not regular docs', () => {
  it('reads docs the way check does: nothing hangs, nothing is dropped in silence, and links count', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS, 'systems/a.md': productionDoc(), 'systems/big.md': '', 'elsewhere/b.md': productionDoc({ deps: ['a'] }) });
    execFileSync('mkfifo', [join(root, 'systems/pipe.md')]);
    symlinkSync('/dev/zero', join(root, 'systems/zero.md'));
    symlinkSync(join(root, 'systems/loop.md'), join(root, 'systems/loop.md'));
    mkdirSync(join(root, 'systems/folder.md'));
    symlinkSync(join(root, 'elsewhere/b.md'), join(root, 'systems/b.md'));
    truncateSync(join(root, 'systems/big.md'), 1_200_000_000);
    const index = await loadGraphIndex({ dir: join(root, 'systems'), cwd: root });
    expect(index.systems.map((s) => s.id)).toEqual(['a', 'b']);
    expect(Object.fromEntries([...index.problems].map(([id, p]) => [id, `${p.file}:${p.line}:${p.column} ${p.message}`]))).toEqual({
      big: 'systems/big.md:1:1 The file is 1200000000 bytes; the limit is 1048576 bytes.',
      folder: 'systems/folder.md:1:1 The path is a folder, not a regular file, so it was not read.',
      loop: 'systems/loop.md:1:1 The path is a symbolic link that loops (ELOOP), not a regular file, so it was not read.',
      pipe: 'systems/pipe.md:1:1 The path is a named pipe (FIFO), not a regular file, so it was not read.',
      zero: 'systems/zero.md:1:1 The path is a character device, not a regular file, so it was not read.',
    });
  });

  it('keeps both of two ids that differ only by case, as check does', async () => {
    const root = makeProject({ 'systems/Aus.md': productionDoc(), 'systems/aus.md': productionDoc(), 'systems/user.md': productionDoc({ deps: ['aus'] }) });
    const index = await loadGraphIndex({ dir: join(root, 'systems'), cwd: root });
    expect(index.systems.map((s) => s.id)).toEqual(['Aus', 'aus', 'user']);
    expect(index.graph.in.get('aus')?.map((e) => e.from)).toEqual(['user']);
  });
});
