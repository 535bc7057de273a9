import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/load-catalog.ts';
import { brief, productionDoc, TEAMS, TODAY } from '../helpers/make-catalog.ts';
import { makeProject } from '../helpers/run-cli.ts';

const CONFIG = 'check:\n  rules:\n    below-readiness-level: off\n';
/** A project with one planted error in another doc, which every case below must still report. */
const project = (files: Record<string, string> = {}) => makeProject({
  'fieldguide.config.yaml': CONFIG,
  'systems/teams.yaml': TEAMS,
  'systems/planted.md': productionDoc({ deps: ['nope'] }),
  ...files,
});
const PLANTED = 'systems/planted.md:14:5 error unknown-dependency: `depends_on` names `nope`, which is not a system in the catalog. (Add `nope.md` or fix the id.)';
const load = async (root: string) => loadCatalog({ cwd: root, today: TODAY });
const NOT_A_FILE = (file: string, what: string) => `${file}:1:1 error not-a-file: The path is ${what}, not a regular file, so it was not read. (Keep only regular files (or links to them) here.)`;

describe('loadCatalog: files that are not regular files', () => {
  it('reports a doc that is a FIFO, a link to /dev/zero, a folder or a link to a folder, at once, and checks the rest', async () => {
    const root = project();
    execFileSync('mkfifo', [join(root, 'systems/pipe.md')]);
    symlinkSync('/dev/zero', join(root, 'systems/zero.md'));
    mkdirSync(join(root, 'systems/folder.md'));
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(root, 'systems/to-folder.md'));
    const catalog = await load(root);
    expect(brief(catalog.diagnostics)).toEqual([
      NOT_A_FILE('systems/folder.md', 'a folder'),
      NOT_A_FILE('systems/pipe.md', 'a named pipe (FIFO)'),
      PLANTED,
      NOT_A_FILE('systems/to-folder.md', 'a folder'),
      NOT_A_FILE('systems/zero.md', 'a character device'),
    ]);
    expect(catalog.docCount).toBe(5);
  });

  it('reports a 1.2 GB sparse doc by its size without reading it', async () => {
    const root = project({ 'systems/big.md': '' });
    truncateSync(join(root, 'systems/big.md'), 1_200_000_000);
    const started = performance.now();
    expect(brief((await load(root)).diagnostics)).toEqual([
      'systems/big.md:1:1 error file-too-large: The file is 1200000000 bytes; the limit is 1048576 bytes. (Split long material into linked pages; a system doc should stay readable.)',
      PLANTED,
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('loadCatalog: a teams file that cannot be read', () => {
  const cases: [string, (root: string) => void, string][] = [
    ['a folder', (root) => mkdirSync(join(root, 'systems/teams.yaml')), NOT_A_FILE('systems/teams.yaml', 'a folder')],
    ['a link that loops', (root) => symlinkSync(join(root, 'systems/teams.yaml'), join(root, 'systems/teams.yaml')),
      'systems/teams.yaml:1:1 error not-a-file: The path is a symbolic link that loops (ELOOP), not a regular file, so it was not read. (Point the link at a file, or replace it with the file.)'],
    ['a link to nothing', (root) => symlinkSync(join(root, 'gone.yaml'), join(root, 'systems/teams.yaml')),
      'systems/teams.yaml:1:1 error read-error: The file could not be read (ENOENT).'],
  ];
  for (const [what, make, expected] of cases) {
    it(`reports a teams file that is ${what}, checks everything else, and invents no unknown owners`, async () => {
      const root = makeProject({ 'fieldguide.config.yaml': CONFIG, 'systems/planted.md': productionDoc({ deps: ['nope'] }), 'systems/a.md': productionDoc({ owner: 'nobody' }) });
      make(root);
      expect(brief((await load(root)).diagnostics)).toEqual([PLANTED, expected]);
    });
  }
});

describe('loadCatalog: problems in a file never hide or invent others', () => {
  it('analyzes both of two ids that differ only by case, and keeps both ids known', async () => {
    // `aus.md` sorts after `Aus.md`: its own errors used to be hidden, and `user` got a false unknown-dependency.
    const root = project({
      'systems/Aus.md': productionDoc(),
      'systems/aus.md': productionDoc({ deps: ['nope-too'] }),
      'systems/user.md': productionDoc({ deps: ['aus'] }),
    });
    expect(brief((await load(root)).diagnostics)).toEqual([
      'systems/Aus.md:1:1 error invalid-id: `Aus` is not a valid system id: use lowercase letters, digits and single hyphens, at most 63 characters. (Rename the file, e.g. to `aus.md`.)',
      'systems/aus.md:1:1 error id-collision: The id `aus` collides with `Aus`: ids must differ by more than case.',
      'systems/aus.md:14:5 error unknown-dependency: `depends_on` names `nope-too`, which is not a system in the catalog. (Add `nope-too.md` or fix the id.)',
      PLANTED,
    ]);
  });

  it('keeps the id of a doc that cannot be read known, so its dependents get no false errors', async () => {
    const root = project({ 'systems/user.md': productionDoc({ deps: ['ghost'] }) });
    symlinkSync(join(root, 'systems/ghost.md'), join(root, 'systems/ghost.md'));
    expect(brief((await load(root)).diagnostics)).toEqual([
      'systems/ghost.md:1:1 error not-a-file: The path is a symbolic link that loops (ELOOP), not a regular file, so it was not read. (Point the link at a file, or replace it with the file.)',
      PLANTED,
    ]);
  });

  it('reports an alias to nothing and 1,000-deep nesting in docs as located errors, and checks the rest', async () => {
    const root = project({
      'systems/alias.md': productionDoc().replace('summary: An example system.', 'summary: *nope'),
      'systems/deep.md': productionDoc({ extra: `x: ${'['.repeat(1000)}${']'.repeat(1000)}\n` }),
    });
    expect(brief((await load(root)).diagnostics)).toEqual([
      'systems/alias.md:3:10 error yaml-syntax: The alias `*nope` refers to no anchor defined before it.',
      'systems/deep.md:39:67 error too-deeply-nested: The front matter nests deeper than 64 levels. (Flatten the structure: no field needs more than a few levels.)',
      PLANTED,
    ]);
  });
});

describe('loadCatalog: counts', () => {
  it('counts every doc it examined and lists what it skipped: other files, a wrong-case extension, dot-folders', async () => {
    const root = project({ 'systems/a.md': productionDoc(), 'systems/x.MD': productionDoc(), 'systems/notes.txt': 'hi', 'systems/img/logo.svg': '<svg/>' });
    mkdirSync(join(root, 'systems/broken.md'));
    writeFileSync(join(root, 'systems/.hidden'), '');
    mkdirSync(join(root, 'systems/.git'));
    const catalog = await load(root);
    expect(catalog.docCount).toBe(3);
    expect(catalog.systems.map((s) => s.id)).toEqual(['a', 'planted']);
    expect(catalog.skipped).toEqual(['systems/.git/', 'systems/.hidden', 'systems/img/logo.svg', 'systems/notes.txt', 'systems/x.MD']);
  });
});

describe('loadCatalog: analyses kept between loads (the dev server)', () => {
  it('re-analyzes only a doc whose bytes changed, and reports the same problems as a fresh load', async () => {
    const root = project({ 'systems/kept.md': productionDoc({}), 'systems/edited.md': productionDoc({}) });
    const fileResults = new Map();
    const first = await loadCatalog({ cwd: root, today: TODAY, fileResults });
    writeFileSync(join(root, 'systems/edited.md'), productionDoc({ deps: ['gone'] }));
    const second = await loadCatalog({ cwd: root, today: TODAY, fileResults });
    expect(second.byId.get('kept')!.data).toBe(first.byId.get('kept')!.data);
    expect(second.byId.get('edited')!.data).not.toBe(first.byId.get('edited')!.data);
    const fresh = await load(root);
    expect(brief(second.diagnostics)).toEqual(brief(fresh.diagnostics));
    expect(brief(second.diagnostics)).toContain(PLANTED);
    expect(brief(second.diagnostics).some((d) => d.startsWith('systems/edited.md') && d.includes('`gone`'))).toBe(true);
  });
});
