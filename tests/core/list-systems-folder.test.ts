import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSystemsFolder, MAX_FOLDER_DEPTH } from '../../src/core/list-systems-folder.ts';
import { loadCatalog } from '../../src/core/load-catalog.ts';
import { brief, productionDoc, TEAMS, TODAY } from '../helpers/make-catalog.ts';
import { makeProject } from '../helpers/run-cli.ts';

const CONFIG = 'check:\n  rules:\n    below-readiness-level: off\n';

describe('listSystemsFolder: subfolders, READMEs and ignore patterns', () => {
  it('walks subfolders, skips READMEs at any depth, and names what it did not enter', () => {
    const root = makeProject({
      'systems/teams.yaml': '',
      'systems/a.md': '',
      'systems/README.md': '',
      'systems/platform/queue.md': '',
      'systems/platform/Readme.MD': '',
      'systems/platform/teams.yaml': '',
      'systems/platform/deep/er/cache.md': '',
      'systems/.drafts/x.md': '',
      'systems/node_modules/pkg/y.md': '',
    });
    // A link to a folder above: followed, it would loop forever.
    symlinkSync(join(root, 'systems'), join(root, 'systems/platform/loop'));
    expect(listSystemsFolder(join(root, 'systems'), root)).toEqual({
      docs: ['a.md', 'platform/deep/er/cache.md', 'platform/queue.md'],
      skipped: ['.drafts/', 'README.md', 'node_modules/', 'platform/Readme.MD', 'platform/loop', 'platform/teams.yaml'],
    });
  });

  it('skips what `ignore` matches, files and whole folders, relative to the systems folder', () => {
    const root = makeProject({
      'systems/a.md': '',
      'systems/a-notes.md': '',
      'systems/drafts/b.md': '',
      'systems/platform/c-notes.md': '',
      'systems/platform/c.md': '',
    });
    expect(listSystemsFolder(join(root, 'systems'), root, ['*-notes.md', 'drafts/'])).toEqual({
      docs: ['a.md', 'platform/c.md'],
      skipped: ['a-notes.md', 'drafts/', 'platform/c-notes.md'],
    });
    expect(listSystemsFolder(join(root, 'systems'), root, ['platform/**']).docs).toEqual(['a-notes.md', 'a.md', 'drafts/b.md']);
  });

  it(`stops ${MAX_FOLDER_DEPTH} folders down and names the folder it did not enter`, () => {
    const deep = Array.from({ length: MAX_FOLDER_DEPTH + 1 }, (_, i) => `d${i}`).join('/');
    const root = makeProject({ [`systems/${deep}/x.md`]: '' });
    const listing = listSystemsFolder(join(root, 'systems'), root);
    expect(listing.docs).toEqual([]);
    expect(listing.skipped).toEqual([`${deep}/`]);
  });
});

describe('loadCatalog: docs in subfolders', () => {
  const project = (files: Record<string, string>) => makeProject({ 'fieldguide.config.yaml': CONFIG, 'systems/teams.yaml': TEAMS, ...files });

  it('loads a doc from a subfolder under its file name, and resolves dependencies across folders', async () => {
    const root = project({ 'systems/platform/queue.md': productionDoc(), 'systems/web.md': productionDoc({ deps: ['queue'] }) });
    const catalog = await loadCatalog({ cwd: root, today: TODAY });
    expect(brief(catalog.diagnostics)).toEqual([]);
    expect(catalog.systems.map((s) => `${s.id} ${s.file}`).sort()).toEqual(['queue systems/platform/queue.md', 'web systems/web.md']);
  });

  it('reports two files with one id in different folders as an id-collision that points at both', async () => {
    const root = project({ 'systems/platform/queue.md': productionDoc(), 'systems/data/queue.md': productionDoc() });
    const catalog = await loadCatalog({ cwd: root, today: TODAY });
    const collisions = catalog.diagnostics.filter((d) => d.rule === 'id-collision');
    expect(collisions).toEqual([{
      file: 'systems/platform/queue.md', line: 1, column: 1, severity: 'error', rule: 'id-collision',
      message: 'The id `queue` is used by two files: ids must be unique across folders.',
      hint: 'Rename one of the files.',
      related: [{ file: 'systems/data/queue.md', line: 1, column: 1, message: 'The other file.' }],
    }]);
  });

  it('skips README.md files and `check.ignore` matches, and counts them as skipped', async () => {
    const root = project({
      'fieldguide.config.yaml': `${CONFIG}  ignore: ["drafts/**"]\n`,
      'systems/README.md': '# Our catalog\n',
      'systems/a.md': productionDoc(),
      'systems/drafts/b.md': 'not a doc at all',
    });
    const catalog = await loadCatalog({ cwd: root, today: TODAY });
    expect(brief(catalog.diagnostics)).toEqual([]);
    expect(catalog.docCount).toBe(1);
    // A folder that a pattern matches whole is skipped without being entered, as one entry.
    expect(catalog.skipped).toEqual(['systems/README.md', 'systems/drafts/']);
  });

  it('rejects an `ignore` that is not a list of patterns, at its place', async () => {
    const root = project({ 'fieldguide.config.yaml': 'check:\n  ignore: drafts\n', 'systems/a.md': productionDoc() });
    const catalog = await loadCatalog({ cwd: root, today: TODAY });
    expect(brief(catalog.diagnostics.filter((d) => d.rule === 'config'))).toEqual(['fieldguide.config.yaml:2:11 error config: Expected `check.ignore` to be a list, got string `drafts`.']);
  });
});

it('lists 10,000 docs across 100 subfolders quickly (one read per folder)', () => {
  const root = makeProject({});
  for (let i = 0; i < 100; i++) {
    mkdirSync(join(root, `systems/f${i}`), { recursive: true });
    for (let j = 0; j < 100; j++) writeFileSync(join(root, `systems/f${i}/d${i}-${j}.md`), '');
  }
  const started = performance.now();
  expect(listSystemsFolder(join(root, 'systems'), root).docs).toHaveLength(10_000);
  expect(performance.now() - started).toBeLessThan(1000);
});
