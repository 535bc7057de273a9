import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from '../helpers/run-cli.ts';
import { productionDoc, TEAMS, TODAY } from '../helpers/make-catalog.ts';

const CONFIG = 'check:\n  rules:\n    below-readiness-level: off\n';
/** Three docs: `a` depends on a system nobody wrote, `b` is stale, `platform/queue` is healthy. */
const project = (files: Record<string, string> = {}) => makeProject({
  'fieldguide.config.yaml': CONFIG,
  'systems/teams.yaml': TEAMS,
  'systems/a.md': productionDoc({ deps: ['nope'] }),
  'systems/b.md': productionDoc({ deps: ['queue'] }).replace('last_reviewed: 2026-10-01', 'last_reviewed: 2020-01-01'),
  'systems/platform/queue.md': productionDoc(),
  'systems/README.md': '# Our systems\n',
  ...files,
});
const check = (root: string, ...args: string[]) => runCli(['check', '--today', TODAY, ...args], root);

describe('fieldguide check <files>', () => {
  it('reports only the named file, with its dangling dependency resolved against the whole catalog', async () => {
    expect(await check(project(), 'systems/a.md')).toEqual({
      code: 1,
      stdout: [
        'systems/a.md:14:5  error  `depends_on` names `nope`, which is not a system in the catalog.  unknown-dependency',
        '  hint: Add `nope.md` or fix the id.',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 1 file; checked 1 of 3 docs.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('exits 0 on a named healthy doc in a subfolder, though other docs have errors', async () => {
    expect(await check(project(), 'systems/platform/queue.md')).toEqual({ code: 0, stdout: '✔ No problems in 1 of 3 docs.\n', stderr: '' });
  });

  it('takes several files, relative to the working directory, and a dependency in another folder resolves', async () => {
    const root = project();
    const result = await runCli(['check', '--today', TODAY, 'b.md', 'platform/queue.md'], join(root, 'systems'));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe([
      'b.md:39:18  warning  The doc was last reviewed 2521 days ago (2020-01-01); reviews older than 180 days are stale.  stale-review',
      '  hint: Check the doc against reality and update `review.last_reviewed`.',
      '',
      '✖ 1 problem (0 errors, 1 warning) in 1 file; checked 2 of 3 docs.',
      '',
    ].join('\n'));
  });

  it('counts a named README as skipped, not checked, as lint-staged passes every changed `*.md`', async () => {
    expect(await check(project(), 'systems/README.md', '--verbose')).toEqual({
      code: 0,
      stdout: '✔ No problems in 0 of 3 docs.\nSkipped 1 entry that is not a system doc:\n  systems/README.md (a README)\n',
      stderr: '',
    });
  });

  it('a named file outside the catalog folder, or not a doc, or missing, is a usage error (exit 2)', async () => {
    const root = project({ 'notes/x.md': '# x\n' });
    const cases: [string[], string][] = [
      [['notes/x.md'], '`notes/x.md` is not in the catalog folder `systems`: name docs inside it, or run `fieldguide check` without paths.'],
      [['systems/teams.yaml'], '`systems/teams.yaml` is not a system doc: name `*.md` files in the catalog folder `systems`.'],
      [['systems/gone.md'], '`systems/gone.md` does not exist.'],
      [['systems/a.md', 'systems/platform'], '`systems/platform` is a folder: name either one catalog folder or doc files, not both.'],
    ];
    for (const [args, message] of cases) {
      const result = await check(root, ...args);
      expect({ code: result.code, stdout: result.stdout, stderr: result.stderr.split('\n')[0] }).toEqual({ code: 2, stdout: '', stderr: `fieldguide check: ${message}` });
    }
  });

  it('still checks a whole catalog when given its folder', async () => {
    const result = await check(project(), 'systems');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(-3)).toEqual([
      '✖ 2 problems (1 error, 1 warning) in 2 files; checked 3 docs.',
      'Skipped 1 entry that is not a system doc (--verbose lists them).',
      '',
    ]);
  });

  it('lists files that `check.ignore` skips with --verbose', async () => {
    const root = project({ 'fieldguide.config.yaml': `${CONFIG}  ignore: ["*-notes.md"]\n`, 'systems/platform/queue-notes.md': 'scratch' });
    const result = await check(root, '--verbose');
    expect(result.stdout.split('\n').slice(-4)).toEqual([
      'Skipped 2 entries that are not system docs:',
      '  systems/README.md (a README)',
      '  systems/platform/queue-notes.md (matches `check.ignore`)',
      '',
    ]);
  });
});
