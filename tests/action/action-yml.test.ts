import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionAsWorkflow, actionlint, bashSyntaxErrors, inlineCode, schemaErrors, type Step } from './lint-github-yaml.ts';

const TEXT = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');

interface Action {
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string; value: string }>;
  runs: { using: string; steps: Step[] };
}
const action = parse(TEXT) as Action;

describe('action.yml', () => {
  it('is valid action metadata, and its steps pass actionlint', async () => {
    expect(schemaErrors(TEXT, 'action')).toEqual([]);
    expect(await actionlint(actionAsWorkflow(TEXT), 'action.yml')).toEqual([]);
  });

  it('fails those checks when broken (so a pass means something)', async () => {
    expect(schemaErrors(TEXT.replace('  using: composite', '  using: compost'), 'action')).toContain('/runs/using const: Const condition is not met');
    expect(schemaErrors(TEXT.replace(/^description: .*\n/m, ''), 'action')).toEqual(['/description required: This property is required']);
    const typo = actionAsWorkflow(TEXT.replace("if: inputs.check == 'true'", "if: inputs.chek == 'true'"));
    expect(await actionlint(typo)).toEqual([expect.stringMatching(/expression: property "chek" is not defined/)]);
  });

  it('takes the inputs a five-line job needs, each described and defaulted for a pull request', () => {
    expect(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))).toEqual({
      'working-directory': '.',
      dir: '',
      check: 'true',
      'changed-since': '${{ github.base_ref }}',
      'diff-comment': "${{ github.event_name == 'pull_request' }}",
      'github-token': '${{ github.token }}',
    });
    for (const [name, input] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect(input.description?.length, name).toBeGreaterThan(20);
    }
  });

  it('runs fieldguide from its own files, installed without the site stack, on the Node it sets up', () => {
    expect(action.runs.using).toBe('composite');
    const steps = action.runs.steps;
    expect(steps[0]).toMatchObject({ uses: 'actions/setup-node@v7', with: { 'node-version': 24 } });
    const runs = steps.flatMap((s) => s.run ?? []).join('\n');
    expect(runs).toContain('cd "$GITHUB_ACTION_PATH" && npm ci --omit=dev --omit=peer --omit=optional --no-audit --no-fund');
    expect(runs).toContain('node "$GITHUB_ACTION_PATH/bin/fieldguide.js" "${args[@]}"');
    expect(runs).toContain('args=(check --format github)');
    expect(runs).toContain('args+=(--changed-since "$BASE")');
    expect(runs).toContain('args=(diff --base "$BASE")');
  });

  it('passes every expression to its scripts through the environment, never into the script text', () => {
    const code = inlineCode(action.runs.steps);
    expect(code.length).toBeGreaterThan(5);
    for (const { step, code: script } of code) {
      expect(script, step).not.toContain('${{');
      expect(bashSyntaxErrors(script), step).toBe('');
    }
    // `shell: bash` runs `bash -e -o pipefail`, which the scripts count on (a composite step must name its shell).
    expect(action.runs.steps.filter((s) => s.run !== undefined).every((s) => s.shell === 'bash')).toBe(true);
    expect(bashSyntaxErrors('if [ -n "$x" ]; then')).not.toBe('');
  });
});
