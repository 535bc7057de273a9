import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { parseSiteArgs } from '../../src/cli/parse-site-args.ts';
import { readUsage } from '../../src/cli/read-usage.ts';
import type { Io } from '../../src/cli/io.ts';
import { makeProject, runCli } from '../helpers/run-cli.ts';
import { productionDoc, TEAMS, TODAY } from '../helpers/make-catalog.ts';

/** The configured catalog (`systems/`) is healthy; `other/` has one doc with a dangling dependency. */
const project = () => makeProject({
  'systems/teams.yaml': TEAMS,
  'systems/a.md': productionDoc(),
  'other/teams.yaml': TEAMS,
  'other/x.md': productionDoc({ deps: ['nope'] }),
});

/** An Io for commands that are not run through `runCli`, with its own environment. */
function io(cwd: string, env: Record<string, string> = {}): Io & { out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return { cwd, env, stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stdoutIsTty: false, stdinIsTty: false, out: () => stdout, err: () => stderr };
}

const CONFLICT = '`--dir other` and the folder argument `systems` name different catalog folders: give the folder once, with --dir.';

describe('--dir <folder>: one way to name the catalog folder', () => {
  it('is listed by every command that reads the catalog, and not by preview, which serves a built site', async () => {
    const withDir: string[] = [];
    for (const [name, command] of Object.entries(COMMANDS)) {
      const help = io('/');
      await command.run(['--help'], help);
      if (readUsage(help.out()).options.get('--dir') === '--dir <folder>') withDir.push(name);
    }
    expect(withDir).toEqual(['check', 'new', 'impact', 'graph', 'diff', 'import', 'export', 'build', 'dev']);
  });

  it('check reads the folder --dir names, as it reads a folder argument', async () => {
    const root = project();
    const expected = {
      code: 1,
      stdout: 'other/x.md:14:5  error  `depends_on` names `nope`, which is not a system in the catalog.  unknown-dependency\n'
        + '  hint: Add `nope.md` or fix the id.\n\n✖ 1 problem (1 error, 0 warnings) in 1 file; checked 1 doc.\n',
      stderr: '',
    };
    expect(await runCli(['check', '--today', TODAY, '--dir', 'other'], root)).toEqual(expected);
    expect(await runCli(['check', '--today', TODAY, 'other'], root)).toEqual(expected);
    // The same folder twice, spelled differently, is no conflict.
    expect(await runCli(['check', '--today', TODAY, '--dir', 'other', './other/'], root)).toEqual(expected);
    expect(await runCli(['check', '--today', TODAY], root)).toEqual({ code: 0, stdout: '✔ No problems in 1 doc.\n', stderr: '' });
  });

  it('check checks named docs inside the --dir folder, and refuses docs outside it', async () => {
    const root = project();
    expect((await runCli(['check', '--today', TODAY, '--dir', 'other', 'other/x.md'], root)).stdout.split('\n').at(-2)).toBe('✖ 1 problem (1 error, 0 warnings) in 1 file; checked 1 of 1 doc.');
    expect((await runCli(['check', '--dir', 'other', 'systems/a.md'], root)).stderr.split('\n')[0]).toBe(
      'fieldguide check: `systems/a.md` is not in the catalog folder `other`: name docs inside it, or run `fieldguide check` without paths.',
    );
  });

  it('check, build and dev refuse --dir and a folder argument that disagree (exit 2)', async () => {
    const root = project();
    for (const command of ['check', 'build', 'dev']) {
      expect(await runCli([command, '--dir', 'other', 'systems'], root)).toEqual({
        code: 2, stdout: '', stderr: `fieldguide ${command}: ${CONFLICT}\nRun \`fieldguide ${command} --help\` for usage.\n`,
      });
    }
    expect((await runCli(['check', '--dir=', 'systems'], root)).stderr.split('\n')[0]).toBe('fieldguide check: --dir needs a folder, such as `--dir systems`.');
  });

  it('build and dev check the --dir folder first: its errors stop them before Astro starts', async () => {
    const root = project();
    const build = io(root);
    expect(await main(['build', '--today', TODAY, '--dir', 'other'], build)).toBe(1);
    expect(build.err()).toContain('other/x.md:14:5  error');
    expect(build.err()).toContain('checked 1 doc.\nThe site was not built: fix the errors above first.\n');
    const dev = io(root);
    expect(await main(['dev', '--today', TODAY, '--dir', 'other'], dev)).toBe(1);
    expect(dev.err()).toContain('other/x.md:14:5  error');
    expect(dev.err()).toContain('Fix the errors above; the dev server starts once the catalog checks clean.\n');
  });

  it('build and dev take the folder from --dir, else the argument, else FIELDGUIDE_DIR; the site is told the same folder', () => {
    const root = project();
    const parse = (argv: string[], env: Record<string, string> = {}) => {
      const { load, env: child } = parseSiteArgs(argv, io(root, env));
      return { dir: load.dir, child: child.FIELDGUIDE_DIR?.slice(root.length) };
    };
    expect(parse(['--dir', 'other'])).toEqual({ dir: 'other', child: '/other' });
    expect(parse(['other'])).toEqual({ dir: 'other', child: '/other' });
    expect(parse([], { FIELDGUIDE_DIR: 'other' })).toEqual({ dir: 'other', child: '/other' });
    expect(parse(['--dir', 'systems'], { FIELDGUIDE_DIR: 'other' })).toEqual({ dir: 'systems', child: '/systems' });
    expect(parse(['systems'], { FIELDGUIDE_DIR: 'other' })).toEqual({ dir: 'systems', child: '/systems' });
    expect(parse([])).toEqual({ dir: undefined, child: undefined });
  });

  it('build and dev tell the site where to keep rendered bodies: FIELDGUIDE_CACHE_DIR from here, else node_modules/.cache, none with --no-cache', () => {
    const root = project();
    const cache = (argv: string[], env: Record<string, string> = {}) => parseSiteArgs(argv, io(root, env)).env.FIELDGUIDE_CACHE_DIR;
    expect(cache([], { FIELDGUIDE_CACHE_DIR: 'ci-cache' })).toBe(join(root, 'ci-cache'));
    expect(cache(['--no-cache'], { FIELDGUIDE_CACHE_DIR: 'ci-cache' })).toBe('');
    expect(cache([], { FIELDGUIDE_CACHE_DIR: '' })).toBe('');
    mkdirSync(join(root, 'node_modules'));
    expect(cache([])).toBe(join(root, 'node_modules', '.cache', 'fieldguide'));
  });
});
