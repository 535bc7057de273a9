import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.ts';
import type { Step } from './lint-github-yaml.ts';

// The action's own scripts, run in order the way the runner runs a composite action's steps (`bash -eo pipefail`,
// in the working directory, with the step's environment), against a shallow clone of a pull request's merge commit.
// The runner's part (evaluating `${{ }}` and `if:`) is played by each test: it passes what the expressions give.

const ACTION_PATH = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const steps = (parse(readFileSync(join(ACTION_PATH, 'action.yml'), 'utf8')) as { runs: { steps: Step[] } }).runs.steps;

const GIT_ENV = {
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org',
};

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, { cwd, env: { PATH: process.env.PATH, ...GIT_ENV }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

let work: string;

/**
 * Runs the action's step `id` in `cwd` with `env` (its `env:` as the runner would evaluate it: the keys must be the
 * step's own). Returns its exit code, output, and what it wrote to GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
function runStep(id: string, cwd: string, env: Record<string, string>) {
  const step = steps.find((s) => s.id === id);
  expect(Object.keys(step?.env ?? {}).sort(), `env of step ${id}`).toEqual(Object.keys(env).sort());
  const files = mkdtempSync(join(work, `step-${id}-`));
  const output = join(files, 'output');
  const summary = join(files, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step!.run!], {
    cwd,
    encoding: 'utf8',
    env: {
      // The Node the action sets up (this test's own, 24), first on PATH.
      PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
      ...GIT_ENV,
      GITHUB_ACTION_PATH: ACTION_PATH,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: files,
      ...env,
    },
  });
  const outputs = Object.fromEntries(readFileSync(output, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)));
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, outputs, summary: readFileSync(summary, 'utf8'), temp: files };
}

/**
 * A repository with a fieldguide catalog in `folder` on main, and a pull request (`change` applied on a branch)
 * merged into main's tip as GitHub does for `pull_request` events; returns a one-commit-deep clone of that merge.
 */
async function pullRequest(folder: string, change: (root: string) => void): Promise<string> {
  const origin = mkdtempSync(join(work, 'origin-'));
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  mkdirSync(join(origin, folder), { recursive: true });
  expect((await runCli(['init', '--today', '2026-11-26'], join(origin, folder))).code).toBe(0);
  git(origin, 'add', '.');
  git(origin, 'commit', '-qm', 'Start a catalog');
  git(origin, 'checkout', '-q', '-b', 'change');
  change(origin);
  git(origin, 'add', '.');
  git(origin, 'commit', '-qm', 'Change');
  git(origin, 'checkout', '-q', '--detach', 'main');
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge', 'change');
  const merge = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'update-ref', 'refs/pull/1/merge', merge);
  git(origin, 'checkout', '-q', 'main');

  const clone = mkdtempSync(join(work, 'clone-'));
  git(clone, 'init', '-q');
  git(clone, 'remote', 'add', 'origin', `file://${origin}`);
  git(clone, 'fetch', '-q', '--depth=1', 'origin', `+${merge}:refs/remotes/pull/1/merge`);
  git(clone, 'checkout', '-q', '--detach', merge);
  return clone;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'fieldguide-action-steps-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each test makes a repository and runs fieldguide several times: seconds, more on a busy machine.
describe('the action\'s steps on a pull request', { timeout: 60_000 }, () => {
  it('annotate the changed doc, summarize the change, and fail the job on its error', async () => {
    const clone = await pullRequest('.', (root) => {
      cpSync(join(root, 'systems/first-system.md'), join(root, 'systems/second-system.md'));
      const doc = readFileSync(join(root, 'systems/second-system.md'), 'utf8');
      writeFileSync(join(root, 'systems/second-system.md'), doc.replace('owner: team', 'owner: nobody'));
    });

    const base = runStep('base', clone, { REF: 'main' });
    expect(base).toMatchObject({ code: 0, stderr: '', outputs: { ref: 'origin/main' } });

    const check = runStep('check', clone, { DIR: '', BASE: 'origin/main' });
    expect(check).toMatchObject({ code: 0, outputs: { 'exit-code': '1' } });
    expect(check.stdout).toMatch(/^::error file=systems\/second-system\.md,line=7,col=8,[^\n]*title=fieldguide unknown-owner::`owner` is `nobody`/);
    expect(check.stdout.split('\n').filter(Boolean)).toHaveLength(1);

    const diff = runStep('diff', clone, { DIR: '', BASE: 'origin/main' });
    expect(diff).toMatchObject({ code: 0, outputs: { touched: 'true' } });
    expect(diff.summary).toMatch(/^### fieldguide: catalog changes\n\nCompared with `origin\/main` \([0-9a-f]{7}\): the change introduces 1 problem \(1 error\); 1 added\./);
    // What the comment step posts.
    expect(readFileSync(join(diff.temp, 'fieldguide-diff.md'), 'utf8')).toBe(diff.summary);

    const fail = runStep('fail', clone, { CODE: '1' });
    expect(fail).toMatchObject({ code: 1, stderr: '' });
    expect(fail.stdout).toBe('::error title=fieldguide check::fieldguide check exited with code 1 (1: the catalog has errors; 2: a usage or internal error, see the log of the check step). '
      + 'Annotations show the problems of the docs this change touched; `npx fieldguide check` lists them all.\n');
  });

  it('leave the comment alone when a pull request touches nothing in the catalog\'s folder', async () => {
    const clone = await pullRequest('catalog', (root) => writeFileSync(join(root, 'README.md'), '# The rest of the repository\n'));
    const base = runStep('base', join(clone, 'catalog'), { REF: 'main' });
    expect(base.outputs).toEqual({ ref: 'origin/main' });
    const diff = runStep('diff', join(clone, 'catalog'), { DIR: '', BASE: 'origin/main' });
    expect(diff).toMatchObject({ code: 0, outputs: { touched: 'false' } });
    expect(diff.summary).toMatch(/^### fieldguide: catalog changes\n\nNo changes to the catalog compared with `origin\/main`/);
  });

  it('leave it alone too when the catalog sits at the repository root and only other files changed', async () => {
    const clone = await pullRequest('.', (root) => writeFileSync(join(root, 'CONTRIBUTING.md'), '# How to help\n'));
    expect(runStep('base', clone, { REF: 'main' }).outputs).toEqual({ ref: 'origin/main' });
    expect(runStep('diff', clone, { DIR: '', BASE: 'origin/main' })).toMatchObject({ code: 0, outputs: { touched: 'false' } });
  });
});
