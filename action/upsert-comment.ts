// Posts `fieldguide diff`'s summary as one comment on a pull request and updates that comment on every later run,
// found by a hidden marker, so a pull request never collects one comment per push. Run by the composite action
// (action.yml) under the Node 24 it sets up, which runs TypeScript as it is:
//
//   node upsert-comment.ts <summary.md>
//
// with GITHUB_TOKEN, FIELDGUIDE_PR (the pull request number) and FIELDGUIDE_COMMENT_KEY (which catalog) in the
// environment, besides the runner's own GITHUB_API_URL, GITHUB_REPOSITORY and GITHUB_STEP_SUMMARY. With
// FIELDGUIDE_CREATE_COMMENT=false it only updates a comment that is there already (the pull request no longer
// touches the catalog: the old comment must not go on describing changes that are gone, and no new one is needed).
// When the token may not write (a pull request from a fork gets a read-only one), it says so in a warning and in the
// job summary, and ends well: the summary is in the job summary already.
import { appendFileSync, readFileSync } from 'node:fs';

/** GitHub's limit on a comment's length, in characters. */
export const MAX_COMMENT_LENGTH = 65_536;

/** The hidden first line that tells fieldguide's comment for one catalog (`key`) apart from every other comment. */
export function commentMarker(key: string): string {
  // Only characters that cannot end the HTML comment early or break the line.
  return `<!-- fieldguide diff: ${key.replace(/[^\w./@:-]/g, '_').replace(/-{2,}/g, '-')} -->`;
}

/** The comment's text: the marker, then the summary, cut short with a note when it would pass GitHub's limit. */
export function composeComment(marker: string, summary: string): string {
  const text = `${marker}\n${summary}`;
  if (text.length <= MAX_COMMENT_LENGTH) return text;
  const note = '\n\n_Cut short here: the job summary of this run has all of it._\n';
  return text.slice(0, MAX_COMMENT_LENGTH - note.length) + note;
}

/** Where the comment goes and how to reach GitHub's REST API. */
export interface CommentTarget {
  /** `https://api.github.com`, or a GitHub Enterprise Server's API URL. */
  api: string;
  /** `owner/repo`. */
  repository: string;
  /** The pull request's number. */
  issue: number;
  token: string;
  /** The `fetch` to call; tests pass a fake GitHub. */
  fetch?: typeof fetch;
}

/** What happened: the comment was written, or the token was not allowed to (with GitHub's answer). */
export type UpsertOutcome =
  | { action: 'created' | 'updated'; url: string }
  | { action: 'none' }
  | { action: 'not-allowed'; status: number; message: string };

/** An answer from GitHub that is neither a success nor a refusal to this token. */
export class GithubApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * Updates the comment on `target.issue` whose body starts with `marker`, or creates it unless `create` is false;
 * `body` starts with `marker`.
 */
export async function upsertComment(target: CommentTarget, marker: string, body: string, create = true): Promise<UpsertOutcome> {
  const request = async (method: string, path: string, payload?: object) => {
    const response = await (target.fetch ?? fetch)(`${target.api}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${target.token}`,
        'x-github-api-version': '2022-11-28',
        ...(payload ? { 'content-type': 'application/json' } : {}),
      },
      ...(payload ? { body: JSON.stringify(payload) } : {}),
    });
    const data: unknown = await response.json().catch(() => undefined);
    return { status: response.status, data };
  };
  const refusal = (status: number, data: unknown): UpsertOutcome => {
    const message = messageOf(data) ?? `HTTP ${status}`;
    // 403: the token may not write here (a fork's pull request, or no `pull-requests: write`); 404: may not even read.
    if (status === 403 || status === 404) return { action: 'not-allowed', status, message };
    throw new GithubApiError(status, `GitHub answered ${status}: ${message}`);
  };

  const comments = `/repos/${target.repository}/issues/${target.issue}/comments`;
  let existing: number | undefined;
  for (let page = 1; existing === undefined; page++) {
    const { status, data } = await request('GET', `${comments}?per_page=100&page=${page}`);
    if (status !== 200) return refusal(status, data);
    const list = Array.isArray(data) ? (data as { id: number; body?: string | null }[]) : [];
    existing = list.find((comment) => comment.body?.startsWith(marker))?.id;
    if (list.length < 100) break;
  }

  if (existing === undefined && !create) return { action: 'none' };
  const { status, data } = existing === undefined
    ? await request('POST', comments, { body })
    : await request('PATCH', `/repos/${target.repository}/issues/comments/${existing}`, { body });
  if (status !== 200 && status !== 201) return refusal(status, data);
  return { action: existing === undefined ? 'created' : 'updated', url: (data as { html_url?: string }).html_url ?? '' };
}

function messageOf(data: unknown): string | undefined {
  return typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string' ? data.message : undefined;
}

/** Escapes a workflow command's message (`::warning::…`) so a newline or `%` in it cannot start another command. */
function escapeCommand(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The command: reads the summary file and the environment, writes the comment, reports. Returns the exit code. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, log: (line: string) => void, fetchImpl?: typeof fetch): Promise<number> {
  const [summaryFile] = argv;
  const issue = Number(env.FIELDGUIDE_PR);
  if (summaryFile === undefined || !Number.isInteger(issue) || issue <= 0 || !env.GITHUB_REPOSITORY || !env.GITHUB_TOKEN) {
    log('::error::upsert-comment.ts needs a summary file, FIELDGUIDE_PR, GITHUB_REPOSITORY and GITHUB_TOKEN.');
    return 2;
  }
  const marker = commentMarker(env.FIELDGUIDE_COMMENT_KEY ?? '.');
  const target: CommentTarget = {
    api: env.GITHUB_API_URL ?? 'https://api.github.com',
    repository: env.GITHUB_REPOSITORY,
    issue,
    token: env.GITHUB_TOKEN,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  };
  const body = composeComment(marker, readFileSync(summaryFile, 'utf8'));
  const outcome = await upsertComment(target, marker, body, env.FIELDGUIDE_CREATE_COMMENT !== 'false');
  if (outcome.action === 'none') {
    log(`Pull request #${issue} changes no file of the catalog's folder and has no fieldguide comment yet: nothing to write.`);
    return 0;
  }
  if (outcome.action !== 'not-allowed') {
    log(`${outcome.action === 'created' ? 'Commented' : 'Updated the comment'} on pull request #${issue}: ${outcome.url}`);
    return 0;
  }
  const why = `fieldguide could not comment on pull request #${issue} (GitHub answered ${outcome.status}: ${outcome.message}). `
    + 'A pull request from a fork gets a read-only token; otherwise give the job `permissions: pull-requests: write`. '
    + 'The summary is in this run\'s job summary.';
  log(`::warning title=fieldguide diff::${escapeCommand(why)}`);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `\n> [!NOTE]\n> ${why}\n`);
  return 0;
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2), process.env, (line) => console.log(line));
}
