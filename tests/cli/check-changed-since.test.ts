import { execFileSync } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from '../helpers/run-cli.ts';
import { productionDoc, TEAMS, TODAY } from '../helpers/make-catalog.ts';

/** Runs git in a folder with a fixed identity, so commits work on any machine. */
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' }).toString('utf8').trim();

// Readiness levels also count review age; one warning per stale doc keeps the expected output short.
const CONFIG = 'check:\n  rules:\n    below-readiness-level: off\n';
const stale = (text: string) => text.replace('last_reviewed: 2026-10-01', 'last_reviewed: 2020-01-01');
const check = (root: string, ...args: string[]) => runCli(['check', '--today', TODAY, ...args], root);

/** A repository whose `main` holds `files` in one commit, checked out on a new branch `topic`. */
function repository(files: Record<string, string>): string {
  const root = makeProject({ 'fieldguide.config.yaml': CONFIG, 'systems/teams.yaml': TEAMS, ...files });
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'Catalog');
  git(root, 'checkout', '-q', '-b', 'topic');
  return root;
}

/**
 * A pull request on `topic`: `edited` (stale before and after) is edited, `pulse` renamed to `pulse-bus` without
 * updating `bot`, which depends on it; then `main` moves on (a fix to `fixed`), and a new doc `draft` is not committed yet.
 */
function pullRequest(): string {
  const root = repository({
    'systems/old.md': stale(productionDoc({ name: 'Old' })),
    'systems/edited.md': stale(productionDoc({ name: 'Edited' })),
    'systems/pulse.md': productionDoc({ name: 'Pulse', owner: 'it' }),
    'systems/bot.md': productionDoc({ name: 'Bot', deps: ['pulse'] }),
    'systems/fixed.md': stale(productionDoc({ name: 'Fixed on main' })),
  });
  writeFileSync(join(root, 'systems/edited.md'), stale(productionDoc({ name: 'Edited', tier: 3 })));
  renameSync(join(root, 'systems/pulse.md'), join(root, 'systems/pulse-bus.md'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'Rename pulse');
  git(root, 'checkout', '-q', 'main');
  writeFileSync(join(root, 'systems/fixed.md'), productionDoc({ name: 'Fixed on main' }));
  git(root, 'commit', '-q', '-am', 'Review fixed');
  git(root, 'checkout', '-q', 'topic');
  writeFileSync(join(root, 'systems/draft.md'), stale(productionDoc({ name: 'Draft' })));
  return root;
}

describe('fieldguide check --changed-since', () => {
  it('reports changed docs (committed, or not yet) and the dangling dependency a rename caused; hides the rest and says so', async () => {
    const root = pullRequest();
    // Unscoped: every problem, `old` and `fixed` (fixed on main, not on this branch) too.
    expect((await check(root)).stdout.split('\n').at(-2)).toBe('✖ 5 problems (1 error, 4 warnings) in 5 files; checked 6 docs.');
    const result = await check(root, '--changed-since', 'main');
    expect(result).toEqual({
      code: 1,
      stdout: [
        // Untouched, but the change left it pointing at `pulse`, which no longer exists.
        'systems/bot.md:14:5  error  `depends_on` names `pulse`, which is not a system in the catalog.  unknown-dependency',
        '  hint: Add `pulse.md` or fix the id.',
        // Not committed yet: part of the change.
        'systems/draft.md:38:18  warning  The doc was last reviewed 2521 days ago (2020-01-01); reviews older than 180 days are stale.  stale-review',
        '  hint: Check the doc against reality and update `review.last_reviewed`.',
        // Stale before the change too, but the change touched it: shown.
        'systems/edited.md:38:18  warning  The doc was last reviewed 2521 days ago (2020-01-01); reviews older than 180 days are stale.  stale-review',
        '  hint: Check the doc against reality and update `review.last_reviewed`.',
        '',
        // draft, edited, pulse-bus (renamed, no problems) and bot.
        '✖ 3 problems (1 error, 2 warnings) in 3 files; checked 4 of 6 docs.',
        // `old` is stale and untouched; `fixed` differs from main's tip, but not from the merge base: neither is this change's.
        'Not shown (--changed-since main): 2 problems (0 errors, 2 warnings) in 2 files the change did not touch.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('finds the same change from inside the catalog folder, with paths relative to it', async () => {
    const result = await runCli(['check', '--today', TODAY, '--changed-since', 'main'], join(pullRequest(), 'systems'));
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => /^\S/.test(line))).toEqual([
      'bot.md:14:5  error  `depends_on` names `pulse`, which is not a system in the catalog.  unknown-dependency',
      'draft.md:38:18  warning  The doc was last reviewed 2521 days ago (2020-01-01); reviews older than 180 days are stale.  stale-review',
      'edited.md:38:18  warning  The doc was last reviewed 2521 days ago (2020-01-01); reviews older than 180 days are stale.  stale-review',
      '✖ 3 problems (1 error, 2 warnings) in 3 files; checked 4 of 6 docs.',
      'Not shown (--changed-since main): 2 problems (0 errors, 2 warnings) in 2 files the change did not touch.',
    ]);
  });

  it('annotates only the change on GitHub, and tells the log what it left out', async () => {
    const result = await check(pullRequest(), '--changed-since', 'main', '--format', 'github');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean).map((line) => line.split('::')[1])).toEqual([
      'error file=systems/bot.md,line=14,col=5,endColumn=10,title=fieldguide unknown-dependency',
      'warning file=systems/draft.md,line=38,col=18,endColumn=28,title=fieldguide stale-review',
      'warning file=systems/edited.md,line=38,col=18,endColumn=28,title=fieldguide stale-review',
    ]);
    expect(result.stderr).toBe('Not shown (--changed-since main): 2 problems (0 errors, 2 warnings) in 2 files the change did not touch.\n');
  });

  it('exits 1 on an error it does not show: the exit code covers the whole catalog', async () => {
    const root = repository({
      'systems/broken.md': productionDoc({ name: 'Broken', deps: ['nope'] }),
      'systems/fine.md': productionDoc({ name: 'Fine' }),
    });
    writeFileSync(join(root, 'systems/fine.md'), productionDoc({ name: 'Fine', tier: 3 }));
    expect(await check(root, '--changed-since', 'main')).toEqual({
      code: 1,
      stdout: '✔ No problems in 1 of 2 docs.\nNot shown (--changed-since main): 1 problem (1 error, 0 warnings) in 1 file the change did not touch.\n',
      stderr: '',
    });
    const json = await check(root, '--changed-since', 'main', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ summary: { errors: 0, warnings: 0, files: 0 }, diagnostics: [] });
    expect(json.stderr).toBe('Not shown (--changed-since main): 1 problem (1 error, 0 warnings) in 1 file the change did not touch.\n');
  });

  it('shows what a teams.yaml edit breaks in docs it did not touch', async () => {
    const root = repository({
      'systems/queue.md': productionDoc({ name: 'Queue', owner: 'it' }),
      'systems/old.md': stale(productionDoc({ name: 'Old' })),
    });
    writeFileSync(join(root, 'systems/teams.yaml'), 'teams:\n  - id: releng\n    name: Release Engineering\n');
    git(root, 'commit', '-q', '-am', 'Drop the IT team');
    expect(await check(root, '--changed-since', 'main')).toEqual({
      code: 1,
      stdout: [
        'systems/queue.md:4:8  error  `owner` is `it`, which is not a declared team.  unknown-owner',
        '  hint: Declare the team in the teams file or use an existing team id.',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 1 file; checked 1 of 2 docs.',
        'Not shown (--changed-since main): 1 problem (0 errors, 1 warning) in 1 file the change did not touch.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('compares with the ref itself when the clone has no merge base, and says so', async () => {
    const root = repository({ 'systems/old.md': stale(productionDoc({ name: 'Old' })) });
    // An unrelated history stands in for a shallow clone: git finds no merge base either way.
    git(root, 'checkout', '-q', '--orphan', 'unrelated');
    git(root, 'commit', '-q', '-m', 'Same files, unrelated history');
    expect(await check(root, '--changed-since', 'main')).toEqual({
      code: 0,
      stdout: '✔ No problems in 0 of 1 doc.\nNot shown (--changed-since main): 1 problem (0 errors, 1 warning) in 1 file the change did not touch.\n',
      stderr: 'No merge base of `main` and HEAD in this clone (a shallow clone?): compared with `main` itself.\n',
    });
  });

  it('a ref git does not have, or no repository, is one line and exit 2', async () => {
    const root = repository({ 'systems/old.md': productionDoc({ name: 'Old' }) });
    expect(await check(root, '--changed-since', 'origin/main')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fieldguide check: --changed-since origin/main: The base ref `origin/main` is not in this clone. Fetch it first: `git fetch --depth=1 origin main:refs/remotes/origin/main`; or check the spelling.\n',
    });
    expect((await check(root, '--changed-since', 'mian')).stderr).toBe(
      'fieldguide check: --changed-since mian: The base ref `mian` is not in this clone. Fetch it first: `git fetch --depth=1 origin mian:refs/remotes/origin/mian`, then run again with `--changed-since origin/mian`; or check the spelling.\n',
    );
    const outside = makeProject({ 'systems/teams.yaml': TEAMS, 'systems/a.md': productionDoc() });
    expect(await check(outside, '--changed-since', 'main')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fieldguide check: --changed-since main: The working folder is not inside a git repository.\n',
    });
  });

  it('takes no doc files and no empty ref', async () => {
    const root = repository({ 'systems/old.md': productionDoc({ name: 'Old' }) });
    expect((await check(root, '--changed-since', 'main', 'systems/old.md')).stderr.split('\n')[0]).toBe(
      'fieldguide check: --changed-since picks the changed docs itself: name either doc files or --changed-since, not both.',
    );
    expect(await check(root, '--changed-since=')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fieldguide check: --changed-since takes a git ref, such as `--changed-since origin/main`.\nRun `fieldguide check --help` for usage.\n',
    });
  });
});
