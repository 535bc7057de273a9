import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCatalog } from '../../../src/core/analyze-catalog.ts';
import { resolveConfig } from '../../../src/core/config/resolve-config.ts';
import { parseTemplateText, readTemplateText } from '../../../src/core/read-template-text.ts';
import { renderTemplate } from '../../../src/core/render-template.ts';
import { TEAMS, TODAY } from '../../helpers/make-catalog.ts';

const template = (name: string) => readFileSync(new URL(`../../../templates/${name}`, import.meta.url), 'utf8');

const templateFindings = (text: string, templates = readTemplateText()) => analyzeCatalog({
  docs: [{ file: 'systems/build-cache.md', bytes: new TextEncoder().encode(text) }],
  teamsFile: 'systems/teams.yaml',
  teamsBytes: new TextEncoder().encode(TEAMS),
  config: resolveConfig(),
  today: TODAY,
  templates,
}).diagnostics.filter((d) => d.rule === 'template-text').map((d) => `${d.line}:${d.column} ${d.message}`);

describe('template-text', () => {
  it('fails a production doc made with `new --lifecycle production` once its `unknown`s are flipped, at each untouched answer', () => {
    const doc = renderTemplate(template('system.md'), { id: 'build-cache', name: 'Build cache', summary: 'Caches compiler output.', owner: 'releng', lifecycle: 'production', today: TODAY })
      .replaceAll('status: unknown', 'status: pass');
    expect(templateFindings(doc)).toEqual([
      '13:11 `experts[0].name` is still the template\'s text: “Who knows it best”.',
      '14:13 `experts[0].handle` is still the template\'s text: “their-chat-nick”.',
      '15:12 `experts[0].knows` is still the template\'s text: “which part they know”.',
      '17:9 `contacts.chat` is still the template\'s text: “#channel-where-owners-answer”.',
      '28:13 `runs_on.provider` is still the template\'s text: “Which data center, cloud account or vendor”.',
      '30:11 `runs_on.hosts[0]` is still the template\'s text: “host-name-or-pattern.example.com”.',
      '38:11 `access[0].what` is still the template\'s text: “ssh to the hosts”.',
      '39:10 `access[0].how` is still the template\'s text: “Which group to join, which form or bug component to use”.',
      '40:17 `access[0].granted_by` is still the template\'s text: “Who approves it”.',
      '42:12 `monitoring.healthy` is still the template\'s text: “What healthy looks like, in numbers”.',
      '46:18 `capacity.expected_load` is still the template\'s text: “Daily load in numbers”.',
      '57:15 `failure_modes[0].scenario` is still the template\'s text: “What goes wrong”.',
      '58:13 `failure_modes[0].impact` is still the template\'s text: “What users and other systems see”.',
      '59:17 `failure_modes[0].mitigation` is still the template\'s text: “How to recover”.',
      '63:16 `review.reviewed_by` is still the template\'s text: “Who checked this doc against reality”.',
      '68:1 This paragraph of `Overview` is still the template\'s text: “What Build cache does, for whom, and how it fits with the systems around it.”',
      '72:1 This paragraph of `How to access` is still the template\'s text: “Step by step: hosts, logs, database, dashboards, and who to ask for each.”',
      '76:1 This paragraph of `Runbook` is still the template\'s text: “Common tasks (deploy, restart, roll back) and how to tell they worked.”',
      '80:1 This paragraph of `Failure modes` is still the template\'s text: “What fails, how you notice, and what to do; expands on `failure_modes` above.”',
    ]);
  });

  it('accepts the proposal template at `proposed`, and fails it once the proposal moves on', () => {
    const values = { id: 'build-cache', name: 'Build cache', summary: 'Caches compiler output.', owner: 'releng', lifecycle: 'proposed', today: TODAY };
    const doc = renderTemplate(template('proposal.md'), values);
    expect(templateFindings(doc)).toEqual([]);
    const moved = templateFindings(doc.replace('lifecycle: proposed', 'lifecycle: experimental'));
    expect(moved).toContain('21:13 `runs_on.provider` is still the template\'s text: “Not decided yet; name the data center or cloud account before review.”');
    expect(moved.filter((f) => f.includes('ilities.'))).toHaveLength(7);
  });

  it('reads the text from the templates: a placeholder matches any text, single words and bare placeholders are not answers', () => {
    const text = parseTemplateText(['---\nname: {{name}}\nkind: service\nsummary: Runs {{name}} jobs\n---\n\n## Overview\n\n{{summary}}\n\nWhat {{name}}\n  does.\n']);
    expect(text).toEqual({ values: ['Runs {{name}} jobs'], paragraphs: ['What {{name}} does.'] });
    const doc = '---\nname: B\nsummary: Runs nightly  jobs\nowner: releng\nlifecycle: experimental\nkind: service\n---\n\n## Overview\n\nWhat B\ndoes.\n\nIt does more.\n';
    expect(templateFindings(doc, text)).toEqual([
      '3:10 `summary` is still the template\'s text: “Runs nightly jobs”.',
      '11:1 This paragraph of `Overview` is still the template\'s text: “What B does.”',
    ]);
  });

  it('reads a project\'s own templates beside the built-in ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'fieldguide-templates-'));
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'templates', 'system.md'), '---\nname: {{name}}\nrunbook_owner: Name the on-call rota here\n---\n');
    const text = readTemplateText(root);
    expect(text.values).toContain('Name the on-call rota here');
    expect(text.values).toContain('Which data center, cloud account or vendor');
  });
});
