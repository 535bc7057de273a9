import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCatalogIndex } from '../../../src/core/graph/open-catalog-index.ts';
import { loadCatalog } from '../../../src/core/load-catalog.ts';
import { productionDoc, TEAMS, TODAY } from '../../helpers/make-catalog.ts';
import { makeProject } from '../../helpers/run-cli.ts';

describe('openCatalogIndex', () => {
  it('reads docs the way check does: nothing hangs, nothing is dropped in silence, and links count', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS, 'systems/a.md': productionDoc(), 'systems/big.md': '', 'elsewhere/b.md': productionDoc({ deps: ['a'] }) });
    execFileSync('mkfifo', [join(root, 'systems/pipe.md')]);
    symlinkSync('/dev/zero', join(root, 'systems/zero.md'));
    symlinkSync(join(root, 'systems/loop.md'), join(root, 'systems/loop.md'));
    mkdirSync(join(root, 'systems/folder.md'));
    symlinkSync(join(root, 'elsewhere/b.md'), join(root, 'systems/b.md'));
    truncateSync(join(root, 'systems/big.md'), 1_200_000_000);
    const index = await openCatalogIndex({ dir: join(root, 'systems'), cwd: root, today: TODAY });
    expect(index.systems.map((s) => s.id)).toEqual(['a', 'b']);
    expect(index.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'systems/big.md:1:1 file-too-large',
      'systems/folder.md:1:1 not-a-file',
      'systems/loop.md:1:1 not-a-file',
      'systems/pipe.md:1:1 not-a-file',
      'systems/zero.md:1:1 not-a-file',
    ]);
    expect(index.docsWithErrors).toBe(5);
  });

  it('keeps both of two ids that differ only by case, as check does', async () => {
    const root = makeProject({ 'systems/Aus.md': productionDoc(), 'systems/aus.md': productionDoc(), 'systems/user.md': productionDoc({ deps: ['aus'] }) });
    const index = await openCatalogIndex({ dir: join(root, 'systems'), cwd: root });
    expect(index.systems.map((s) => s.id)).toEqual(['Aus', 'aus', 'user']);
    expect(index.graph.in.get('aus')?.map((e) => e.from)).toEqual(['user']);
  });

  it('has the systems, edges and problems of loadCatalog, for a doc with a schema error and a linked doc', async () => {
    const root = makeProject({
      'systems/teams.yaml': TEAMS,
      'systems/hub.md': productionDoc({ name: 'Hub', deps: ['sheduler-db', 'real'], extra: 'teir: 1\n' }),
      'systems/real.md': productionDoc({ name: 'Real' }),
      'systems/user.md': productionDoc({ deps: ['hub', 'aus'] }),
    });
    symlinkSync('real.md', join(root, 'systems/aus.md'));
    const options = { dir: join(root, 'systems'), cwd: root, today: TODAY };
    const catalog = await loadCatalog(options);
    const index = await openCatalogIndex(options);
    expect(index.graph.nodes).toEqual(['aus', 'hub', 'real', 'user']);
    expect(index.graph.nodes).toEqual(catalog.graph.nodes);
    expect(index.graph.edges).toEqual(catalog.graph.edges);
    expect(index.diagnostics).toEqual(catalog.diagnostics);
    expect(index.byId.get('hub')?.invalidFields).toEqual(['teir']);
    expect(index.docsWithErrors).toBe(1);
  });

  it('answers from the cache only while every byte is the same', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS, 'systems/a.md': productionDoc(), 'systems/b.md': productionDoc({ deps: ['a'] }) });
    const cache = { folder: join(root, 'cache'), key: 'test' };
    const options = { dir: join(root, 'systems'), cwd: root, today: TODAY, cache };
    expect((await openCatalogIndex(options)).analyzed).toBe(true);
    const warm = await openCatalogIndex(options);
    expect(warm.analyzed).toBe(false);
    expect(warm.graph.edges).toEqual([{ from: 'b', to: 'a', strength: 'hard' }]);
    // Same size, same second: only the bytes tell.
    writeFileSync(join(root, 'systems/b.md'), productionDoc({ deps: ['c'] }));
    const changed = await openCatalogIndex(options);
    expect(changed.analyzed).toBe(true);
    expect(changed.graph.edges).toEqual([]);
    expect(changed.diagnostics.map((d) => d.rule)).toEqual(['unknown-dependency']);
  });
});
