import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = new URL('../../action/find-base.sh', import.meta.url).pathname;

/** git with no user or system configuration, and a fixed identity, so the machine's settings cannot change a result. */
const ENV = {
  PATH: process.env.PATH,
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org',
};

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, { cwd, env: ENV, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

function findBase(cwd: string, ref: string) {
  const run = spawnSync('bash', [SCRIPT, ref], { cwd, env: ENV, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let work: string;
let origin: string;
/** Commits of the origin by name: A-B-C on main, D-E on a branch from B, M merging E into C (GitHub's merge ref). */
const at: Record<string, string> = {};

/**
 * A clone the way actions/checkout makes one: one commit deep (or whole with `depth` 0), at `commit`, with origin set.
 */
function checkout(commit: string, depth = 1): string {
  const clone = mkdtempSync(join(work, 'clone-'));
  git(clone, 'init', '-q');
  git(clone, 'remote', 'add', 'origin', `file://${origin}`);
  if (depth === 0) git(clone, 'fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*', `+${commit}:refs/remotes/pull/1/merge`);
  else git(clone, 'fetch', '-q', `--depth=${depth}`, 'origin', `+${commit}:refs/remotes/pull/1/merge`);
  git(clone, 'checkout', '-q', '--detach', commit);
  return clone;
}

function commit(name: string): void {
  writeFileSync(join(origin, `${name}.md`), `${name}\n`);
  git(origin, 'add', '.');
  git(origin, 'commit', '-qm', name);
  at[name] = git(origin, 'rev-parse', 'HEAD');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'fieldguide-find-base-'));
  origin = join(work, 'origin');
  mkdirSync(origin);
  git(origin, 'init', '-q', '-b', 'main');
  // Like GitHub: a commit that a ref reaches can be fetched by its hash.
  git(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  commit('A'); commit('B');
  git(origin, 'checkout', '-q', '-b', 'feature');
  commit('D'); commit('E');
  git(origin, 'checkout', '-q', 'main');
  commit('C');
  git(origin, 'checkout', '-q', '--detach');
  git(origin, 'merge', '-q', '--no-ff', '-m', 'M', 'feature');
  at.M = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'update-ref', 'refs/pull/1/merge', at.M);
  git(origin, 'checkout', '-q', 'main');
  git(origin, 'tag', 'v1', at.B!);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each test clones and fetches a few times: around a second, more on a busy machine.
describe('find-base.sh', { timeout: 30_000 }, () => {
  it('names the base branch when the merge commit was made on its current tip, in a one-commit-deep clone', () => {
    expect(findBase(checkout(at.M!), 'main')).toEqual({ code: 0, stdout: 'origin/main\n', stderr: '' });
  });

  it('gives the commit the pull request branched off, not the moved-on branch, in a shallow clone', () => {
    for (let i = 1; i <= 12; i++) commit(`X${i}`);
    try {
      // The merge commit was made on C; main has moved on twelve commits since (a re-run of an old job).
      expect(findBase(checkout(at.M!), 'main')).toEqual({ code: 0, stdout: `${at.C}\n`, stderr: '' });
      // A checkout of the branch itself: it branched off B, more than one deepening step from main's tip.
      expect(findBase(checkout(at.E!), 'main')).toEqual({ code: 0, stdout: `${at.B}\n`, stderr: '' });
    } finally {
      git(origin, 'reset', '-q', '--hard', at.C!);
    }
  });

  it('takes a tag, a commit, or a ref the clone already has, and leaves a full clone full', () => {
    const shallow = checkout(at.E!);
    expect(findBase(shallow, 'v1')).toEqual({ code: 0, stdout: 'v1\n', stderr: '' });
    expect(findBase(shallow, at.C!)).toEqual({ code: 0, stdout: `${at.B}\n`, stderr: '' });
    const full = checkout(at.M!, 0);
    expect(findBase(full, 'origin/main')).toEqual({ code: 0, stdout: 'origin/main\n', stderr: '' });
    expect(git(full, 'rev-parse', '--is-shallow-repository')).toBe('false');
  });

  it('fails with a message for a ref origin does not have, and refuses one that looks like an option', () => {
    const clone = checkout(at.M!);
    const missing = findBase(clone, 'no-such-branch');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('find-base.sh: `no-such-branch` is not a branch, tag or commit of origin.\n');
    expect(findBase(clone, '--upload-pack=touch pwned')).toEqual({
      code: 2, stdout: '', stderr: 'find-base.sh: expected a branch, tag or commit, got `--upload-pack=touch pwned`.\n',
    });
  });
});
