import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from '../helpers/run-cli.ts';
import { productionDoc, TEAMS, TODAY } from '../helpers/make-catalog.ts';

// Readiness levels also count review age; these tests are about check itself, so that rule is off here.
const CONFIG = 'check:\n  rules:\n    below-readiness-level: off\n';
const healthy = () => makeProject({ 'systems/teams.yaml': TEAMS, 'systems/a.md': productionDoc(), 'systems/b.md': productionDoc({ deps: ['a'] }) });
const broken = () => makeProject({
  'fieldguide.config.yaml': CONFIG,
  'systems/teams.yaml': TEAMS,
  'systems/a.md': productionDoc({ deps: ['nope'] }),
  'systems/b.md': productionDoc().replace('last_reviewed: 2026-10-01', 'last_reviewed: 2020-01-01'),
});

describe('fieldguide check', () => {
  it('exits 0 on a healthy catalog and says how many docs it checked', async () => {
    const result = await runCli(['check', '--today', TODAY], healthy());
    expect(result).toEqual({ code: 0, stdout: '✔ No problems in 2 docs.\n', stderr: '' });
  });

  it('exits 1 on errors and prints every problem with path:line:col', async () => {
    const result = await runCli(['check', '--today', TODAY], broken());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatchInlineSnapshot(`
      "systems/a.md:14:5  error  \`depends_on\` names \`nope\`, which is not a system in the catalog.  unknown-dependency
        hint: Add \`nope.md\` or fix the id.
      systems/b.md:38:18  warning  The doc was last reviewed 2521 days ago (2020-01-01); reviews older than 180 days are stale.  stale-review
        hint: Check the doc against reality and update \`review.last_reviewed\`.

      ✖ 2 problems (1 error, 1 warning) in 2 files; checked 2 docs.
      "
    `);
  });

  it('allows warnings unless --max-warnings is exceeded', async () => {
    const root = makeProject({ 'fieldguide.config.yaml': CONFIG, 'systems/teams.yaml': TEAMS, 'systems/b.md': productionDoc().replace('2026-10-01\n---', '2020-01-01\n---') });
    expect((await runCli(['check', '--today', TODAY], root)).code).toBe(0);
    expect((await runCli(['check', '--today', TODAY, '--max-warnings', '1'], root)).code).toBe(0);
    const over = await runCli(['check', '--today', TODAY, '--max-warnings', '0'], root);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('Too many warnings (1, the limit is 0).\n');
  });

  it('prints only errors with --quiet, but the exit code still counts everything', async () => {
    const result = await runCli(['check', '--today', TODAY, '--quiet', '--format', 'json'], broken());
    expect(JSON.parse(result.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['unknown-dependency']);
    expect(result.code).toBe(1);
  });

  it('writes GitHub annotations, JSON and SARIF on request', async () => {
    const root = broken();
    const github = await runCli(['check', '--today', TODAY, '--format', 'github'], root);
    expect(github.stdout.split('\n')[0]).toBe('::error file=systems/a.md,line=14,col=5,endColumn=9,title=fieldguide unknown-dependency::`depends_on` names `nope`, which is not a system in the catalog.%0AAdd `nope.md` or fix the id.');
    const sarif = JSON.parse((await runCli(['check', '--today', TODAY, '--format', 'sarif'], root)).stdout);
    expect(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`)).toEqual(['unknown-dependency:error', 'stale-review:warning']);
  });

  it('takes the folder as an argument and the settings from fieldguide.config.yaml', async () => {
    const root = makeProject({
      'fieldguide.config.yaml': `${CONFIG}    stale-review: error\n`,
      'docs/teams.yaml': TEAMS,
      'docs/b.md': productionDoc().replace('2026-10-01\n---', '2020-01-01\n---'),
    });
    const result = await runCli(['check', 'docs', '--today', TODAY, '--format', 'json'], root);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics[0]).toMatchObject({ file: 'docs/b.md', rule: 'stale-review', severity: 'error' });
  });

  it('reports a broken config file with its place, and an unknown rule with a suggestion', async () => {
    const root = makeProject({ 'fieldguide.config.yaml': 'check:\n  rules:\n    stale-reviw: off\n', 'systems/teams.yaml': TEAMS, 'systems/a.md': productionDoc() });
    const result = await runCli(['check', '--today', TODAY], root);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'fieldguide.config.yaml:3:5  error  Unknown rule `stale-reviw` in `check.rules`.  config',
      '  hint: Did you mean `stale-review`?',
    ]);
  });

  it('exits 2 on usage errors and on a missing folder', async () => {
    const root = healthy();
    expect(await runCli(['check', '--format', 'xml'], root)).toEqual({
      code: 2, stdout: '', stderr: 'fieldguide check: Unknown format `xml`, expected one of `human`, `json`, `github`, `sarif`.\nRun `fieldguide check --help` for usage.\n',
    });
    expect((await runCli(['check', '--today', '2026-02-30'], root)).code).toBe(2);
    expect((await runCli(['check', '--bogus'], root)).code).toBe(2);
    expect(await runCli(['check', 'nowhere'], root)).toEqual({ code: 2, stdout: '', stderr: 'fieldguide check: The systems folder `nowhere` does not exist.\nPass the folder of your docs, or set `systems:` in fieldguide.config.yaml.\n' });
  });

  it('never writes to the docs', async () => {
    const root = broken();
    const before = readFileSync(join(root, 'systems/a.md'), 'utf8');
    await runCli(['check', '--today', TODAY], root);
    expect(readFileSync(join(root, 'systems/a.md'), 'utf8')).toBe(before);
  });
});

describe('fieldguide', () => {
  it('prints help and the version', async () => {
    const root = healthy();
    const help = await runCli(['--help'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('  check      validate the catalog');
    expect((await runCli(['check', '--help'], root)).stdout).toContain('Usage: fieldguide check [paths…] [options]');
    expect((await runCli(['--version'], root)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await runCli(['frobnicate'], root)).code).toBe(2);
  });
});

describe('fieldguide check on files it cannot read', () => {
  it('reports a doc that cannot be read (a link to nowhere) and checks the rest', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS, 'systems/a.md': productionDoc() });
    symlinkSync(join(root, 'systems/missing-target.md'), join(root, 'systems/ghost.md'));
    const result = await runCli(['check', '--today', TODAY, '--format', 'json'], root);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics).toEqual([{
      file: 'systems/ghost.md', line: 1, column: 1, endLine: 1, endColumn: 1, rule: 'read-error', severity: 'error',
      message: 'The file could not be read (ENOENT).', hint: null, related: [],
    }]);
  });
});

describe('fieldguide check --config', () => {
  it('finds the systems folder relative to the config file, as the config schema says', async () => {
    const root = makeProject({
      'catalog/fieldguide.config.yaml': 'systems: docs\n',
      'catalog/docs/teams.yaml': TEAMS,
      'catalog/docs/a.md': productionDoc({ deps: ['nope'] }),
    });
    const result = await runCli(['check', '--config', 'catalog/fieldguide.config.yaml', '--today', TODAY, '--format', 'json', '--quiet'], root);
    expect(JSON.parse(result.stdout).diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`)).toEqual(['catalog/docs/a.md unknown-dependency']);
  });

  it('says so when a named config file does not exist', async () => {
    expect(await runCli(['check', '--config', 'nope.yaml'], makeProject({}))).toEqual({
      code: 2, stdout: '', stderr: 'fieldguide check: The config file `nope.yaml` does not exist.\nPass an existing file to `--config`, or leave `--config` out to use the nearest fieldguide.config.yaml upward.\n',
    });
  });
});

describe('fieldguide check: counts and skipped entries', () => {
  const project = () => {
    const root = makeProject({
      'fieldguide.config.yaml': CONFIG,
      'systems/teams.yaml': TEAMS,
      'systems/a.md': productionDoc({ deps: ['nope'] }),
      'systems/x.MD': productionDoc(),
      'systems/notes.txt': 'hi',
    });
    mkdirSync(join(root, 'systems/folder.md'));
    return root;
  };

  it('counts every doc examined, says how many entries it skipped, and names them with --verbose', async () => {
    const result = await runCli(['check', '--today', TODAY], project());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatchInlineSnapshot(`
      "systems/a.md:14:5  error  \`depends_on\` names \`nope\`, which is not a system in the catalog.  unknown-dependency
        hint: Add \`nope.md\` or fix the id.
      systems/folder.md:1:1  error  The path is a folder, not a regular file, so it was not read.  not-a-file
        hint: Keep only regular files (or links to them) here.

      ✖ 2 problems (2 errors, 0 warnings) in 2 files; checked 2 docs.
      Skipped 2 entries that are not system docs (--verbose lists them).
      "
    `);
    const verbose = await runCli(['check', '--today', TODAY, '--verbose'], project());
    expect(verbose.stdout.split('\n').slice(-4)).toEqual([
      'Skipped 2 entries that are not system docs:',
      '  systems/notes.txt',
      '  systems/x.MD (the extension must be lowercase `.md`)',
      '',
    ]);
  });

  it('keeps machine formats clean: the list goes to stderr, and only with --verbose', async () => {
    const quiet = await runCli(['check', '--today', TODAY, '--format', 'json'], project());
    expect(quiet.stderr).toBe('');
    const verbose = await runCli(['check', '--today', TODAY, '--format', 'json', '--verbose'], project());
    expect(JSON.parse(verbose.stdout).diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`)).toEqual(['systems/a.md unknown-dependency', 'systems/folder.md not-a-file']);
    expect(verbose.stderr).toBe('Skipped 2 entries that are not system docs:\n  systems/notes.txt\n  systems/x.MD (the extension must be lowercase `.md`)\n');
  });

  it('documents --verbose in its help', async () => {
    expect((await runCli(['check', '--help'], makeProject({}))).stdout).toContain('  --verbose              name every entry of the systems folder that was skipped (not a doc, README, ignored)\n');
  });
});

describe('fieldguide check on hostile input', () => {
  it('reports an alias to nothing in a doc and in teams.yaml as located errors, exit 1, with every other problem', async () => {
    const root = makeProject({
      'fieldguide.config.yaml': CONFIG,
      'systems/teams.yaml': 'teams:\n  - id: releng\n    name: *nope\n',
      'systems/a.md': productionDoc({ deps: ['nope'] }),
      'systems/b.md': productionDoc().replace('summary: An example system.', 'summary: *nope'),
    });
    const result = await runCli(['check', '--today', TODAY, '--format', 'json'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).diagnostics.map((d: { file: string; line: number; column: number; rule: string; message: string }) => `${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}`)).toEqual([
      'systems/a.md:14:5 unknown-dependency: `depends_on` names `nope`, which is not a system in the catalog.',
      'systems/b.md:3:10 yaml-syntax: The alias `*nope` refers to no anchor defined before it.',
      'systems/teams.yaml:3:11 yaml-syntax: The alias `*nope` refers to no anchor defined before it.',
    ]);
  });

  it('reports a teams file that is a folder, and still checks every doc', async () => {
    const root = makeProject({ 'fieldguide.config.yaml': CONFIG, 'systems/a.md': productionDoc({ deps: ['nope'] }) });
    mkdirSync(join(root, 'systems/teams.yaml'));
    const result = await runCli(['check', '--today', TODAY], root);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => /^\S+:\d+:\d+/.test(line))).toEqual([
      'systems/a.md:14:5  error  `depends_on` names `nope`, which is not a system in the catalog.  unknown-dependency',
      'systems/teams.yaml:1:1  error  The path is a folder, not a regular file, so it was not read.  not-a-file',
    ]);
  });

  it('does not hang on a doc that is a FIFO', async () => {
    const root = makeProject({ 'fieldguide.config.yaml': CONFIG, 'systems/teams.yaml': TEAMS, 'systems/a.md': productionDoc({ deps: ['nope'] }) });
    execFileSync('mkfifo', [join(root, 'systems/pipe.md')]);
    const result = await runCli(['check', '--today', TODAY, '--format', 'json', '--quiet'], root);
    expect(JSON.parse(result.stdout).diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`)).toEqual(['systems/a.md unknown-dependency', 'systems/pipe.md not-a-file']);
  });
});
