import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc, WITHOUT_GRAPH_LINTS } from '../../helpers/make-catalog.ts';
import { renderTemplate } from '../../../src/core/render-template.ts';
import { readFileSync } from 'node:fs';
import type { ConfigFile } from '../../../src/core/types/config.ts';

const rules = (text: string, config: ConfigFile = {}) =>
  brief(analyze({ a: text }, { config: { ...config, check: { ...config.check, rules: { ...WITHOUT_GRAPH_LINTS.check!.rules, ...config.check?.rules } } } }).diagnostics);

describe('lifecycle gates', () => {
  it('requires the production fields, pointing at the lifecycle that demands them', () => {
    const text = productionDoc().replace(/^monitoring:\n  .*\n/m, '').replace(/^access:\n(  .*\n)+/m, '');
    expect(rules(text)).toEqual([
      'systems/a.md:5:12 error missing-field: A production system needs `access`. (Say how to get access to its hosts, logs, database and dashboards, and who grants it.)',
      'systems/a.md:5:12 error missing-field: A production system needs `monitoring`. (Say what healthy looks like and where the dashboards and alerts are.)',
    ]);
  });

  it('counts an explicit `depends_on: []` as an answer, and a missing one as a gap', () => {
    expect(rules(productionDoc())).toEqual([]);
    expect(rules(productionDoc().replace('depends_on: []\n', ''))).toEqual([
      'systems/a.md:5:12 error missing-field: A production system needs `depends_on`. (List the systems it needs, databases, queues and hosting included.)',
    ]);
  });

  it('requires body sections read from the Markdown tree, not from text that merely looks like a heading', () => {
    const body = '\n## Overview\n\n```\n## Runbook\n```\n\n## How to access\n\nText.\n\n## failure   MODES\n\nText.\n';
    expect(rules(productionDoc({ body }))).toEqual([
      'systems/a.md:40:1 error missing-section: A production system needs a `## Runbook` section.',
    ]);
  });

  it('requires two experts in production (bus factor)', () => {
    expect(rules(productionDoc({ experts: 1 }))).toEqual([
      'systems/a.md:8:1 error too-few-experts: A production system needs at least 2 experts in `experts`, found 1. (Name the people who can actually fix it, so the knowledge is not in one head.)',
    ]);
  });

  it('requires every ility assessed in production, each at its `unknown` status, or at `ilities:` when missing', () => {
    const text = productionDoc().replace('scalability: { status: pass }', 'scalability: { status: unknown }').replace(/^  security: .*\n/m, '');
    expect(rules(text)).toEqual([
      'systems/a.md:24:1 error ility-not-assessed: A production system needs `ilities.security` assessed (pass, fail or n/a), found nothing.',
      'systems/a.md:25:26 error ility-not-assessed: A production system needs `ilities.scalability` assessed (pass, fail or n/a), found `unknown`.',
    ]);
  });

  it('requires a failure mode in production', () => {
    const text = productionDoc().replace(/^failure_modes:\n(  .*\n)+/m, 'failure_modes: []\n');
    expect(rules(text)).toEqual([
      'systems/a.md:32:1 error no-failure-modes: A production system needs at least 1 entry in `failure_modes`, found 0. (Describe what goes wrong, its impact, and how to recover.)',
    ]);
  });

  it('warns, never fails, when the review is older than the configured age', () => {
    const text = productionDoc().replace('last_reviewed: 2026-10-01', 'last_reviewed: 2025-01-01');
    expect(rules(text)).toEqual([
      'systems/a.md:38:18 warning stale-review: The doc was last reviewed 694 days ago (2025-01-01); reviews older than 180 days are stale. (Check the doc against reality and update `review.last_reviewed`.)',
    ]);
    expect(rules(text, { check: { review_max_age_days: 1000 } })).toEqual([]);
  });

  it('requires a replacement or retirement note for deprecated systems', () => {
    const text = '---\nname: Old\nsummary: Old thing.\nowner: releng\nlifecycle: deprecated\n---\n\n## Overview\n\nGone soon.\n';
    expect(rules(text)).toEqual([
      'systems/a.md:5:12 error no-replacement: A deprecated system needs `replaced_by` or a `retirement_note`. (Tell its users what to move to, or when it goes away.)',
    ]);
    expect(rules(text.replace('lifecycle: deprecated\n', 'lifecycle: deprecated\nretirement_note: Off in March.\n'))).toEqual([]);
  });

  it('requires a proposal to answer the questions a team must settle before building', () => {
    const text = '---\nname: New\nsummary: New thing.\nowner: releng\nlifecycle: proposed\nilities:\n  scalability: { status: unknown, notes: "Shard by branch." }\n---\n\n## Overview\n\nWhy.\n';
    expect(rules(text)).toEqual([
      'systems/a.md:5:12 error missing-field: A proposed system needs `runs_on`.',
      'systems/a.md:5:12 error missing-field: A proposed system needs `capacity.expected_load`.',
      'systems/a.md:5:12 error missing-field: A proposed system needs `data_stores`.',
      'systems/a.md:5:12 error missing-field: A proposed system needs `depends_on`. (List the systems it needs, databases, queues and hosting included.)',
      'systems/a.md:6:1 error ility-no-plan: A proposed system needs notes in `ilities.maintainability` saying how it will be met.',
      'systems/a.md:6:1 error ility-no-plan: A proposed system needs notes in `ilities.reliability` saying how it will be met.',
      'systems/a.md:6:1 error ility-no-plan: A proposed system needs notes in `ilities.availability` saying how it will be met.',
      'systems/a.md:6:1 error ility-no-plan: A proposed system needs notes in `ilities.security` saying how it will be met.',
      'systems/a.md:6:1 error ility-no-plan: A proposed system needs notes in `ilities.observability` saying how it will be met.',
      'systems/a.md:6:1 error ility-no-plan: A proposed system needs notes in `ilities.fault_tolerance` saying how it will be met.',
      'systems/a.md:9:1 error missing-section: A proposed system needs a `## Open questions` section.',
    ]);
  });

  it('takes gates and severities from the config as data', () => {
    const text = productionDoc({ experts: 1 });
    expect(rules(text, { check: { rules: { 'too-few-experts': 'warning' } } })).toEqual([
      'systems/a.md:8:1 warning too-few-experts: A production system needs at least 2 experts in `experts`, found 1. (Name the people who can actually fix it, so the knowledge is not in one head.)',
    ]);
    expect(rules(text, { check: { rules: { 'too-few-experts': 'off' } } })).toEqual([]);
    expect(rules(text, { gates: { production: { min_experts: 1 } } })).toEqual([]);
  });

  it('lets the proposal template, filled in by `new`, pass at proposed', () => {
    const template = readFileSync(new URL('../../../templates/proposal.md', import.meta.url), 'utf8');
    const text = renderTemplate(template, { id: 'a', name: 'Tricky: "name" # here', summary: 'Does: things, #1', owner: 'releng', lifecycle: 'proposed', today: '2026-11-26' });
    const catalog = analyze({ a: text });
    expect(brief(catalog.diagnostics)).toEqual([]);
    expect(catalog.systems[0]!.data.name).toBe('Tricky: "name" # here');
  });

  it('points at an empty field, not at the lifecycle that requires it', () => {
    expect(rules(productionDoc().replace(/^access:\n(  .*\n)+/m, 'access: []\n'))).toEqual([
      'systems/a.md:19:9 error missing-field: A production system needs `access`, and it is empty. (Say how to get access to its hosts, logs, database and dashboards, and who grants it.)',
    ]);
  });

  it('suggests a heading that is a near miss for a missing section, at that heading', () => {
    const body = '\n## Overview\n\nText.\n\n## How to access\n\nText.\n\n## Run book\n\nText.\n\n## Failure modes\n\nText.\n';
    expect(rules(productionDoc({ body }))).toEqual([
      'systems/a.md:49:1 error missing-section: A production system needs a `## Runbook` section. (Did you mean `## Run book`? Rename it to `## Runbook`.)',
    ]);
  });

  it('reports dates in the future at the date: a review, and a failure mode exercised', () => {
    const text = productionDoc().replace('last_reviewed: 2026-10-01', 'last_reviewed: 2029-09-12').replace('last_exercised: 2026-10-01', 'last_exercised: 2026-11-27');
    expect(rules(text)).toEqual([
      'systems/a.md:36:21 error future-date: `failure_modes[0].last_exercised` is 2026-11-27, which is after today (2026-11-26). (Write the date it actually happened.)',
      'systems/a.md:38:18 error future-date: `review.last_reviewed` is 2029-09-12, which is after today (2026-11-26). (Write the date it actually happened.)',
    ]);
    expect(rules(text.replace('2029-09-12', '2026-11-26').replace('2026-11-27', '2026-11-26'))).toEqual([]);
  });
});
