import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { buildHelp } from '../../src/cli/commands/build.ts';
import { makeProject } from '../helpers/run-cli.ts';
import { productionDoc, TEAMS, TODAY } from '../helpers/make-catalog.ts';

/** A project inside `base/`, with everything a careless --out could destroy, and a home folder beside it. */
function makeBase(): { base: string; project: string; home: string } {
  const base = makeProject({
    'project/.git/HEAD': 'ref: refs/heads/main\n',
    'project/package.json': '{ "name": "docs" }\n',
    'project/fieldguide.config.yaml': 'site:\n  title: Test\n',
    'project/systems/teams.yaml': TEAMS,
    'project/systems/app.md': productionDoc({ name: 'App' }),
    'project/v/notes.txt': 'my notes\n',
    'project/v/sub/data.csv': 'a,b\n1,2\n',
    'project/f.txt': 'a file\n',
    'project/sub/readme.txt': 'a sub folder\n',
    '.fieldguide-build/keep.txt': 'keep me\n',
    'home/.profile': 'export X=1\n',
  });
  const project = join(base, 'project');
  symlinkSync('systems', join(project, 'systems-link'));
  symlinkSync('f.txt', join(project, 'file-link'));
  symlinkSync('nowhere', join(project, 'dangling'));
  return { base, project, home: join(base, 'home') };
}

/** Every entry under `dir`: a hash of each file's bytes, each link's target, and each folder. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    const key = relative(dir, path).split(sep).join('/') || '.';
    const entry = lstatSync(path);
    if (entry.isSymbolicLink()) out[key] = `link ${readlinkSync(path)}`;
    else if (entry.isFile()) out[key] = createHash('sha256').update(readFileSync(path)).digest('hex');
    else if (entry.isDirectory()) {
      out[key] = 'folder';
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    }
  };
  walk(dir);
  return out;
}

/** Runs `fieldguide build` in-process with `HOME` set, capturing its output. */
async function build(argv: string[], cwd: string, home: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(['build', '--today', TODAY, ...argv], {
    cwd,
    env: { HOME: home },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdoutIsTty: false,
    stdinIsTty: false,
  });
  return { code, stdout, stderr };
}

/** Builds into `out` (from `cwd` inside the project) and expects exactly this refusal, with every file of the base still there byte for byte. */
async function expectRefused(out: string, message: string, hint: string, setup?: (project: string) => void, cwd = '') {
  const { base, project, home } = makeBase();
  setup?.(project);
  const before = snapshot(base);
  const result = await build(['--out', out, ...(cwd ? ['--config', '../fieldguide.config.yaml'] : [])], join(project, cwd), home);
  expect(result).toEqual({ code: 2, stdout: '', stderr: `fieldguide build: ${message}\nhint: ${hint}\n` });
  expect(snapshot(base)).toEqual(before);
  expect(result.stderr).not.toContain(base);
}

const OWN = 'The site needs a folder of its own, such as `dist` (the default): --out may be a missing or empty folder, or a previous fieldguide build.';
const REPLACES = 'and a build replaces its whole output folder.';

describe('fieldguide build --out: never replaces what it did not build', () => {
  it('refuses the catalog folder, however it is spelled', async () => {
    await expectRefused('systems', `Refusing to build into \`systems\`: it is the catalog folder, ${REPLACES}`, OWN);
    await expectRefused('./x/../systems/', `Refusing to build into \`systems\`: it is the catalog folder, ${REPLACES}`, OWN);
    await expectRefused('systems-link', `Refusing to build into \`systems-link\`: it is the catalog folder, ${REPLACES}`, OWN);
  });

  it('refuses a folder inside the catalog folder', async () => {
    await expectRefused('systems/site', 'Refusing to build into `systems/site`: it is inside the catalog folder `systems`, where the site\'s files would mix with the docs.', OWN);
  });

  it('refuses the config file, the repository root and the folders above it', async () => {
    await expectRefused('fieldguide.config.yaml', `Refusing to build into \`fieldguide.config.yaml\`: it is the config file, ${REPLACES}`, OWN);
    await expectRefused('.', `Refusing to build into \`.\`: it is the repository root, ${REPLACES}`, OWN);
    await expectRefused('..', `Refusing to build into \`..\`: it contains the catalog folder \`systems\`, ${REPLACES}`, OWN);
    await expectRefused('.git/site', 'Refusing to build into `.git/site`: it is inside a Git folder.', OWN);
  });

  it('refuses the project folder (package.json) and the working folder when there is no repository', async () => {
    await expectRefused('.', `Refusing to build into \`.\`: it is the project folder, ${REPLACES}`, OWN, (p) => rmSync(join(p, '.git'), { recursive: true }));
    await expectRefused('.', `Refusing to build into \`.\`: it is the working folder, ${REPLACES}`, OWN, (p) => rmSync(join(p, '.git'), { recursive: true }), 'sub');
  });

  it('refuses the root of the file system and the home folder, showing neither as an absolute path', async () => {
    const { project } = makeBase();
    const up = relative(project, '/').split(sep).join('/');
    await expectRefused('/', `Refusing to build into \`${up}\`: it is the root of the file system, ${REPLACES}`, OWN);
    await expectRefused('../home', `Refusing to build into \`../home\`: it is your home folder, ${REPLACES}`, OWN);
  });

  it('refuses a file, a link to a file and a link that leads nowhere', async () => {
    const file = 'Choose a folder for --out, such as `dist`; a build never replaces a file.';
    await expectRefused('f.txt', 'Refusing to build into `f.txt`: it is a file, not a folder.', file);
    await expectRefused('file-link', 'Refusing to build into `file-link`: it is a link to a file, not a folder.', file);
    await expectRefused('f.txt/site', 'Refusing to build into `f.txt/site`: part of that path is a file, not a folder.', 'Choose a folder for --out, such as `dist`.');
    await expectRefused('dangling', 'Refusing to build into `dangling`: it is a symbolic link that leads nowhere.', 'Remove the link, or choose another --out, such as `dist`.');
  });

  it('refuses a folder with files in it that is not a fieldguide build', async () => {
    await expectRefused(
      'v',
      'Refusing to build into `v`: it is not empty and not a fieldguide build (it has no `.fieldguide-site` file), so replacing it would delete its files.',
      'If nothing in it is needed, remove it yourself; otherwise choose another --out, such as `dist`.',
    );
  });

  it('refuses before checking: a catalog with errors still gets the --out refusal, not its diagnostics', async () => {
    await expectRefused('systems', `Refusing to build into \`systems\`: it is the catalog folder, ${REPLACES}`, OWN, (p) => writeFileSync(join(p, 'systems/bad.md'), '---\nname: [\n'));
  });

  it('says in its help what --out may be', async () => {
    expect(buildHelp).toContain('What --out may be: the build replaces the whole folder, so it must be missing, empty, or a previous\nfieldguide build (which holds a `.fieldguide-site` file).');
    expect(buildHelp).toContain('130 or 143 interrupted');
  });
});

describe('fieldguide build with errors in the catalog', () => {
  it('builds nothing, writes nothing, and counts every doc it checked, broken ones included', async () => {
    const { base, project, home } = makeBase();
    writeFileSync(join(project, 'systems/bad.md'), '---\nname: [\n');
    const before = snapshot(base);
    const result = await build([], project, home);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('checked 2 docs.');
    expect(result.stderr).toContain('The site was not built: fix the errors above first.');
    expect(snapshot(base)).toEqual(before);
  });
});
