import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
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

  describe('with doc records: a doc is read again only when its file stats change', () => {
    // Files made by a test are seconds old at most; judged from a minute later, they have settled and get records.
    const later = Date.now() + 60_000;
    // A whole second, so setting it again gives the very same mtime.
    const PAST = Math.floor(Date.now() / 1000) - 3600;
    const project = () => {
      const root = makeProject({ 'systems/teams.yaml': TEAMS, 'systems/a.md': productionDoc(), 'systems/b.md': productionDoc({ deps: ['a'] }) });
      for (const name of ['a.md', 'b.md']) utimesSync(join(root, 'systems', name), PAST, PAST);
      const options = { dir: join(root, 'systems'), cwd: root, today: TODAY, cache: { folder: join(root, 'cache'), key: 'test' }, now: later };
      return { root, options, doc: (name: string) => join(root, 'systems', name) };
    };

    it('reads no doc when nothing changed', async () => {
      const { options } = project();
      expect(await openCatalogIndex(options)).toMatchObject({ analyzed: true, docsRead: 2 });
      expect(await openCatalogIndex(options)).toMatchObject({ analyzed: false, docsRead: 0 });
    });

    it('sees a change of the same size whose mtime was set back, by its ctime', async () => {
      const { options, doc } = project();
      await openCatalogIndex(options);
      const before = statSync(doc('b.md'));
      writeFileSync(doc('b.md'), productionDoc({ deps: ['c'] }));
      utimesSync(doc('b.md'), PAST, PAST);
      expect(statSync(doc('b.md'))).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });
      const changed = await openCatalogIndex(options);
      expect(changed).toMatchObject({ analyzed: true });
      expect(changed.graph.edges).toEqual([]);
      expect(changed.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['systems/b.md unknown-dependency']);
    });

    it('always reads a doc changed too recently for its timestamps to tell', async () => {
      const { options, doc } = project();
      const now = { ...options, now: Date.now() };
      expect(await openCatalogIndex(now)).toMatchObject({ analyzed: true, docsRead: 2 });
      expect(await openCatalogIndex(now)).toMatchObject({ analyzed: false, docsRead: 2 });
      writeFileSync(doc('b.md'), productionDoc({ deps: ['c'] }));
      expect((await openCatalogIndex(now)).graph.edges).toEqual([]);
    });

    it('sees a doc added, removed and renamed', async () => {
      const { options, doc } = project();
      await openCatalogIndex(options);
      writeFileSync(doc('c.md'), productionDoc({ deps: ['b'] }));
      expect((await openCatalogIndex(options)).graph.edges).toEqual([{ from: 'b', to: 'a', strength: 'hard' }, { from: 'c', to: 'b', strength: 'hard' }]);
      rmSync(doc('b.md'));
      const removed = await openCatalogIndex(options);
      expect(removed.systems.map((s) => s.id)).toEqual(['a', 'c']);
      expect(removed.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['systems/c.md unknown-dependency']);
      renameSync(doc('c.md'), doc('d.md'));
      const renamed = await openCatalogIndex(options);
      expect(renamed).toMatchObject({ analyzed: true });
      expect(renamed.systems.map((s) => s.id)).toEqual(['a', 'd']);
      expect(renamed.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['systems/d.md unknown-dependency']);
    });

    it('sees the teams file and the config change', async () => {
      const { root, options, doc } = project();
      await openCatalogIndex(options);
      writeFileSync(doc('teams.yaml'), TEAMS.replace('id: releng', 'id: rel-eng'));
      const teams = await openCatalogIndex(options);
      expect(teams.analyzed).toBe(true);
      expect(teams.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['systems/a.md unknown-owner', 'systems/b.md unknown-owner']);
      writeFileSync(join(root, 'fieldguide.config.yaml'), 'check:\n  rules:\n    unknown-owner: off\n');
      const config = await openCatalogIndex(options);
      expect(config.analyzed).toBe(true);
      expect(config.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([]);
    });

    it('keeps a linked doc a system, and sees its target change', async () => {
      const { root, options, doc } = project();
      writeFileSync(join(root, 'c.md'), productionDoc({ name: 'Linked' }));
      symlinkSync(join(root, 'c.md'), doc('c.md'));
      expect((await openCatalogIndex(options)).systems.map((s) => s.id)).toEqual(['a', 'b', 'c']);
      const warm = await openCatalogIndex(options);
      expect(warm).toMatchObject({ analyzed: false, docsRead: 0 });
      expect(warm.byId.get('c')?.data.name).toBe('Linked');
      writeFileSync(join(root, 'c.md'), productionDoc({ name: 'Relinked' }));
      expect((await openCatalogIndex(options)).byId.get('c')?.data.name).toBe('Relinked');
    });
  });
});
