import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GithubApiError, MAX_COMMENT_LENGTH, commentMarker, composeComment, main, upsertComment, type CommentTarget,
} from '../../action/upsert-comment.ts';

interface Comment { id: number; body: string }

/** A GitHub REST API that knows one pull request's comments; `refuse` makes every write answer with that status. */
function fakeGithub(comments: Comment[], options: { refuse?: number; listStatus?: number } = {}) {
  const requests: { method: string; path: string; body?: string; authorization?: string }[] = [];
  let next = 1000;
  const fake: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    requests.push({ method, path: url.pathname + url.search, ...(init?.body ? { body: String(init.body) } : {}), authorization: headers.get('authorization') ?? '' });
    const json = (data: unknown, status = 200) => new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
    if (method === 'GET' && url.pathname === '/repos/org/catalog/issues/7/comments') {
      if (options.listStatus) return json({ message: 'Not Found' }, options.listStatus);
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('per_page'));
      return json(comments.slice((page - 1) * size, page * size));
    }
    if (options.refuse) return json({ message: options.refuse === 403 ? 'Resource not accessible by integration' : 'Server Error' }, options.refuse);
    const { body } = JSON.parse(String(init?.body)) as { body: string };
    if (method === 'POST' && url.pathname === '/repos/org/catalog/issues/7/comments') {
      comments.push({ id: next, body });
      return json({ id: next, html_url: `https://github.com/org/catalog/pull/7#issuecomment-${next++}` }, 201);
    }
    const patched = /^\/repos\/org\/catalog\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const comment = comments.find((c) => c.id === Number(patched?.[1]));
    if (method === 'PATCH' && comment) {
      comment.body = body;
      return json({ id: comment.id, html_url: `https://github.com/org/catalog/pull/7#issuecomment-${comment.id}` });
    }
    return json({ message: 'Not Found' }, 404);
  };
  return { fetch: fake, requests, comments };
}

const target = (github: ReturnType<typeof fakeGithub>): CommentTarget => ({
  api: 'https://api.github.test', repository: 'org/catalog', issue: 7, token: 'secret-token', fetch: github.fetch,
});

const MARKER = commentMarker('.:');

describe('upsertComment', () => {
  it('creates the comment when the pull request has none, authenticated with the token', async () => {
    const github = fakeGithub([{ id: 1, body: 'LGTM' }]);
    const body = composeComment(MARKER, '### fieldguide: catalog changes\n');
    expect(await upsertComment(target(github), MARKER, body)).toEqual({ action: 'created', url: 'https://github.com/org/catalog/pull/7#issuecomment-1000' });
    expect(github.comments).toEqual([{ id: 1, body: 'LGTM' }, { id: 1000, body: '<!-- fieldguide diff: .: -->\n### fieldguide: catalog changes\n' }]);
    expect(github.requests.map((r) => `${r.method} ${r.path} ${r.authorization}`)).toEqual([
      'GET /repos/org/catalog/issues/7/comments?per_page=100&page=1 Bearer secret-token',
      'POST /repos/org/catalog/issues/7/comments Bearer secret-token',
    ]);
  });

  it('updates its own comment in place, found on a later page, and leaves every other comment alone', async () => {
    const others = Array.from({ length: 130 }, (_, i) => ({ id: i + 1, body: `comment ${i + 1}` }));
    const github = fakeGithub([...others, { id: 500, body: `${MARKER}\nold summary` }, { id: 501, body: `${commentMarker('docs:')}\nanother catalog` }]);
    expect(await upsertComment(target(github), MARKER, `${MARKER}\nnew summary`)).toEqual({ action: 'updated', url: 'https://github.com/org/catalog/pull/7#issuecomment-500' });
    expect(github.comments.slice(130)).toEqual([{ id: 500, body: `${MARKER}\nnew summary` }, { id: 501, body: '<!-- fieldguide diff: docs: -->\nanother catalog' }]);
    expect(github.comments.slice(0, 130)).toEqual(others);
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/org/catalog/issues/7/comments?per_page=100&page=1',
      'GET /repos/org/catalog/issues/7/comments?per_page=100&page=2',
      'PATCH /repos/org/catalog/issues/comments/500',
    ]);
  });

  it('does not start a comment when told only to update, but still updates one that is there', async () => {
    const none = fakeGithub([]);
    expect(await upsertComment(target(none), MARKER, `${MARKER}\nno changes`, false)).toEqual({ action: 'none' });
    expect(none.requests.map((r) => r.method)).toEqual(['GET']);
    const one = fakeGithub([{ id: 9, body: `${MARKER}\nold` }]);
    expect(await upsertComment(target(one), MARKER, `${MARKER}\nno changes`, false)).toMatchObject({ action: 'updated' });
  });

  it('reports a refusal to write (a fork\'s read-only token) or to read, and throws on any other failure', async () => {
    expect(await upsertComment(target(fakeGithub([], { refuse: 403 })), MARKER, `${MARKER}\nx`))
      .toEqual({ action: 'not-allowed', status: 403, message: 'Resource not accessible by integration' });
    expect(await upsertComment(target(fakeGithub([], { listStatus: 404 })), MARKER, `${MARKER}\nx`))
      .toEqual({ action: 'not-allowed', status: 404, message: 'Not Found' });
    const failing = upsertComment(target(fakeGithub([], { refuse: 502 })), MARKER, `${MARKER}\nx`);
    await expect(failing).rejects.toThrow(new GithubApiError(502, 'GitHub answered 502: Server Error'));
  });
});

describe('commentMarker and composeComment', () => {
  it('keeps a catalog key from closing the HTML comment early or breaking the line', () => {
    expect(commentMarker('docs/catalog:systems')).toBe('<!-- fieldguide diff: docs/catalog:systems -->');
    expect(commentMarker('a-->b\n<x>')).toBe('<!-- fieldguide diff: a-_b__x_ -->');
  });

  it('cuts a summary longer than GitHub allows, saying where the rest is', () => {
    const text = composeComment(MARKER, 'x'.repeat(MAX_COMMENT_LENGTH));
    expect(text).toHaveLength(MAX_COMMENT_LENGTH);
    expect(text.startsWith(`${MARKER}\nxxx`)).toBe(true);
    expect(text.endsWith('\n\n_Cut short here: the job summary of this run has all of it._\n')).toBe(true);
    expect(composeComment(MARKER, 'short\n')).toBe(`${MARKER}\nshort\n`);
  });
});

describe('the upsert-comment.ts command', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'fieldguide-comment-'));
  const env = (dir: string) => ({
    GITHUB_API_URL: 'https://api.github.test', GITHUB_REPOSITORY: 'org/catalog', GITHUB_TOKEN: 'secret-token',
    FIELDGUIDE_PR: '7', FIELDGUIDE_COMMENT_KEY: 'docs:', GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  });

  it('comments the summary file under the catalog\'s marker and says where', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'diff.md'), '### fieldguide: catalog changes\n');
    const github = fakeGithub([]);
    const lines: string[] = [];
    expect(await main([join(dir, 'diff.md')], env(dir), (line) => lines.push(line), github.fetch)).toBe(0);
    expect(github.comments).toEqual([{ id: 1000, body: '<!-- fieldguide diff: docs: -->\n### fieldguide: catalog changes\n' }]);
    expect(lines).toEqual(['Commented on pull request #7: https://github.com/org/catalog/pull/7#issuecomment-1000']);
  });

  it('on a fork\'s read-only token, warns and notes it in the job summary, and ends well', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'diff.md'), 'summary\n');
    writeFileSync(join(dir, 'summary.md'), 'summary\n');
    const lines: string[] = [];
    expect(await main([join(dir, 'diff.md')], env(dir), (line) => lines.push(line), fakeGithub([], { refuse: 403 }).fetch)).toBe(0);
    const why = 'fieldguide could not comment on pull request #7 (GitHub answered 403: Resource not accessible by integration). '
      + 'A pull request from a fork gets a read-only token; otherwise give the job `permissions: pull-requests: write`. '
      + 'The summary is in this run\'s job summary.';
    expect(lines).toEqual([`::warning title=fieldguide diff::${why}`]);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(`summary\n\n> [!NOTE]\n> ${why}\n`);
  });

  it('runs with plain Node, and exits 2 without what it needs', () => {
    const run = spawnSync(process.execPath, [new URL('../../action/upsert-comment.ts', import.meta.url).pathname], {
      env: { PATH: process.env.PATH }, encoding: 'utf8',
    });
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 2, stderr: '', stdout: '::error::upsert-comment.ts needs a summary file, FIELDGUIDE_PR, GITHUB_REPOSITORY and GITHUB_TOKEN.\n',
    });
  });
});
