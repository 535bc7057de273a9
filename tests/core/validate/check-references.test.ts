import { describe, expect, it } from 'vitest';
import { analyze as analyzeAll, brief, productionDoc, WITHOUT_GRAPH_LINTS, type AnalyzeOptions } from '../../helpers/make-catalog.ts';

const analyze = (docs: Record<string, string>, options: AnalyzeOptions = {}) => analyzeAll(docs, { config: WITHOUT_GRAPH_LINTS, ...options });

const simple = (lifecycle: string, extra = '') =>
  `---\nname: X\nsummary: X.\nowner: releng\nlifecycle: ${lifecycle}\n${extra}---\n\n## Overview\n\nText.\n`;

describe('cross-file rules', () => {
  it('reports a dependency on a missing system, suggesting a near miss', () => {
    const catalog = analyze({ 'hg-mozilla-org': productionDoc(), a: productionDoc({ deps: ['hg-mozila-org', 'nothing-like-it'] }) });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/a.md:14:5 error unknown-dependency: `depends_on` names `hg-mozila-org`, which is not a system in the catalog. (Did you mean `hg-mozilla-org`?)',
      'systems/a.md:15:5 error unknown-dependency: `depends_on` names `nothing-like-it`, which is not a system in the catalog. (Add `nothing-like-it.md` or fix the id.)',
    ]);
  });

  it('does not call a dependency missing when its file exists but is broken', () => {
    const catalog = analyze({ broken: '---\nname: [\n---\n', a: productionDoc({ deps: ['broken'] }) });
    expect(catalog.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['systems/broken.md yaml-syntax']);
  });

  it('reports a system that depends on itself, and a dependency listed twice', () => {
    const catalog = analyze({ b: productionDoc(), a: productionDoc({ deps: ['a', 'b', 'id: b'] }) });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/a.md:14:5 error self-dependency: `a` lists itself in `depends_on`.',
      'systems/a.md:16:5 warning duplicate-dependency: `b` is listed twice in `depends_on`.',
    ]);
    expect(catalog.diagnostics[1]!.related).toEqual([{ file: 'systems/a.md', line: 15, column: 5, endLine: 15, endColumn: 6, message: 'First listed here.' }]);
  });

  it('reports an owner that is not a declared team', () => {
    expect(brief(analyze({ a: productionDoc({ owner: 'relengg' }) }).diagnostics)).toEqual([
      'systems/a.md:4:8 error unknown-owner: `owner` is `relengg`, which is not a declared team. (Did you mean `releng`?)',
    ]);
  });

  it('reports a missing teams file once, not once per owner', () => {
    expect(brief(analyze({ a: productionDoc(), b: productionDoc() }, { teams: null }).diagnostics)).toEqual([
      'systems/teams.yaml:1:1 error missing-teams-file: There is no teams file at `systems/teams.yaml`, so no `owner` can be checked. (Declare each team once: `teams: [{ id: releng, name: Release Engineering }]`.)',
    ]);
  });

  it('validates the teams file and reports duplicate teams with the first declaration', () => {
    const catalog = analyze({ a: productionDoc() }, { teams: 'teams:\n  - id: releng\n    name: A\n  - id: releng\n    name: B\n  - id: Bad Id\n' });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/teams.yaml:6:9 error schema: `Bad Id` is not a valid id for `teams[2].id`: use lowercase letters, digits and single hyphens.',
      'systems/teams.yaml:6:5 error schema: Missing required field `name` in `teams[2]`.',
    ].sort());
    const dup = analyze({ a: productionDoc() }, { teams: 'teams:\n  - id: releng\n    name: A\n  - id: releng\n    name: B\n' });
    expect(brief(dup.diagnostics)).toEqual(['systems/teams.yaml:4:9 error duplicate-team: Team `releng` is declared twice.']);
    expect(dup.diagnostics[0]!.related).toEqual([{ file: 'systems/teams.yaml', line: 2, column: 9, message: 'First declared here.' }]);
  });

  it('reports a replacement that does not exist', () => {
    expect(brief(analyze({ a: simple('deprecated', 'replaced_by: tbpll\n'), tbpl: productionDoc() }).diagnostics)).toEqual([
      'systems/a.md:6:14 error unknown-replacement: `replaced_by` names `tbpll`, which is not a system in the catalog. (Did you mean `tbpl`?)',
    ]);
  });

  it('reports each dependency cycle once, as a warning with the full path', () => {
    const catalog = analyze({ a: productionDoc({ deps: ['b'] }), b: productionDoc({ deps: ['c'] }), c: productionDoc({ deps: ['a'] }) });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/a.md:14:5 warning dependency-cycle: Hard dependency cycle: `a` → `b` → `c` → `a`. (None of these systems can start or recover alone; if one keeps working without the next, mark that edge `strength: soft`, otherwise break the cycle.)',
    ]);
    expect(catalog.diagnostics[0]!.related!.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual([
      'systems/b.md:14:5 `b` depends on `c` here.',
      'systems/c.md:14:5 `c` depends on `a` here.',
    ]);
  });

  it('does not report a cycle that goes through a soft dependency', () => {
    const catalog = analyze({ a: productionDoc({ deps: ['b'] }), b: productionDoc({ deps: ['{ id: a, strength: soft }'] }) });
    expect(catalog.diagnostics).toEqual([]);
  });

  it('fails a production system that depends on a retired one, and warns on a deprecated one', () => {
    const catalog = analyze({
      app: productionDoc({ deps: ['old', 'older'] }),
      old: simple('deprecated', 'replaced_by: app\n'),
      older: simple('retired'),
      proto: simple('experimental', 'tier: 3\nkind: tool\ncontacts: { chat: "#x" }\nruns_on: { provider: x }\ndepends_on: [older]\nexperts: [{ name: A }]\n'),
    });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/app.md:14:5 warning depends-on-deprecated: Production system `app` depends on `old`, which is deprecated. (Plan the move to `app`.)',
      'systems/app.md:15:5 error depends-on-retired: Production system `app` depends on `older`, which is retired. (Remove the dependency or bring the system back.)',
    ]);
  });
});
