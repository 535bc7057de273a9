import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostic.ts';
import { analyze, productionDoc, TEAMS, TODAY } from '../../helpers/make-catalog.ts';
import { makeProject } from '../../helpers/run-cli.ts';
import { diffCatalogs, type DiffSide } from '../../../src/core/diff/diff-catalogs.ts';
import { loadCatalog } from '../../../src/core/load-catalog.ts';
import { loadGitCatalog } from '../../../src/core/diff/load-git-catalog.ts';

/** Both sides fully analyzed: every system is compared. */
const side = (docs: Record<string, string>): DiffSide => {
  const catalog = analyze(docs);
  return { ...catalog, details: catalog.byId };
};

const base = {
  db: productionDoc({ name: 'Database', owner: 'it', tier: 1 }),
  api: productionDoc({ name: 'API', deps: ['db', 'queue'] }),
  queue: productionDoc({ name: 'Queue', owner: 'it' }),
  web: productionDoc({ name: 'Web', deps: ['api'] }),
  old: productionDoc({ name: 'Old tool', tier: 4 }),
  pulse: productionDoc({ name: 'Pulse', owner: 'it' }),
  bot: productionDoc({ name: 'Bot', deps: ['pulse'] }),
};

describe('diffCatalogs', () => {
  it('finds nothing when nothing changed', () => {
    expect(diffCatalogs(side(base), side(base))).toEqual({ added: [], removed: [], renamed: [], changed: [], impact: [], impacted: { systems: 0, teams: [] }, introduced: [], fixed: [] });
  });

  it('reports added, removed and renamed systems, changed fields and dependencies, and whom each change impacts', () => {
    const { pulse: _pulse, old: _old, ...kept } = base;
    const head = {
      ...kept,
      db: productionDoc({ name: 'Database', owner: 'releng', tier: 2, body: '\n## Overview\n\nNew text.\n\n## How to access\n\nText.\n\n## Runbook\n\nText.\n\n## Failure modes\n\nText.\n' }),
      api: productionDoc({ name: 'API', deps: ['db', '{ id: queue, strength: soft }', 'cache'], experts: 3 }),
      cache: productionDoc({ name: 'Cache', lifecycle: 'experimental' }),
      'pulse-bus': productionDoc({ name: 'Pulse', owner: 'it' }),
      bot: productionDoc({ name: 'Bot', deps: ['pulse-bus'] }),
    };
    const diff = diffCatalogs(side(base), side(head));
    expect(diff.added).toEqual([{ id: 'cache', name: 'Cache', owner: 'releng', lifecycle: 'experimental', tier: 2, readiness: 'silver' }]);
    expect(diff.removed).toEqual([{ id: 'old', name: 'Old tool', owner: 'releng', lifecycle: 'production', tier: 4 }]);
    expect(diff.renamed).toEqual([{
      system: { id: 'pulse-bus', name: 'Pulse', owner: 'it', lifecycle: 'production', tier: 2 }, previousId: 'pulse',
      fields: [], dependencies: { added: [], removed: [], strength: [] }, otherFields: [], body: false,
    }]);
    expect(diff.changed).toEqual([
      {
        system: { id: 'api', name: 'API', owner: 'releng', lifecycle: 'production', tier: 2 },
        fields: [],
        dependencies: { added: [{ id: 'cache', strength: 'hard' }], removed: [], strength: [{ id: 'queue', before: 'hard', after: 'soft' }] },
        otherFields: ['experts'],
        body: false,
      },
      {
        system: { id: 'db', name: 'Database', owner: 'releng', lifecycle: 'production', tier: 2 },
        fields: [{ field: 'owner', before: 'it', after: 'releng' }, { field: 'tier', before: 1, after: 2 }],
        dependencies: { added: [], removed: [], strength: [] },
        otherFields: [],
        body: true,
      },
    ]);
    expect(diff.impact).toEqual([
      { id: 'cache', change: 'added', dependents: ['api', 'web'], hard: 2, teams: [{ id: 'releng', systems: 2 }] },
      { id: 'old', change: 'removed', dependents: [], hard: 0, teams: [] },
      { id: 'pulse-bus', change: 'renamed', dependents: ['bot'], hard: 1, teams: [{ id: 'releng', systems: 1 }] },
      { id: 'api', change: 'changed', dependents: ['web'], hard: 1, teams: [{ id: 'releng', systems: 1 }] },
      { id: 'db', change: 'changed', dependents: ['api', 'web'], hard: 2, teams: [{ id: 'releng', systems: 2 }] },
    ]);
    expect(diff.impacted).toEqual({ systems: 2, teams: [{ id: 'releng', systems: 2 }] });
  });

  it('reports a readiness level that changed, and reads a removed system\'s dependents from the base', () => {
    const head = { ...base, db: productionDoc({ name: 'Database', owner: 'it', tier: 1, experts: 1 }) };
    delete (head as Record<string, string>).queue;
    const diff = diffCatalogs(side(base), side({ ...head, api: productionDoc({ name: 'API', deps: ['db'] }) }));
    expect(diff.changed.find((c) => c.system.id === 'db')).toMatchObject({ otherFields: ['experts'], readiness: { before: 'silver', after: 'bronze' } });
    expect(diff.impact.find((i) => i.id === 'queue')).toEqual({ id: 'queue', change: 'removed', dependents: ['api', 'web'], hard: 2, teams: [{ id: 'releng', systems: 2 }] });
  });

  describe('problems the change introduces and fixes', () => {
    /** A tool four systems depend on; the second line of each dependent's `depends_on` names it. */
    const withTool = {
      tooltool: productionDoc({ name: 'Tooltool' }),
      builder: productionDoc({ name: 'Builder', deps: ['tooltool'] }),
      tester: productionDoc({ name: 'Tester', deps: ['tooltool'] }),
      signer: productionDoc({ name: 'Signer', deps: ['tooltool'] }),
      uploader: productionDoc({ name: 'Uploader', deps: ['tooltool'] }),
    };

    /** Where, which rule, how bad, and the id the message names: the words of messages belong to the rules' own tests. */
    const places = (diagnostics: readonly Diagnostic[]) =>
      diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message.match(/`([^`]+)`, which/)?.[1] ?? d.message}`);

    it('lists the dangling dependencies a rename leaves behind, at their place', () => {
      const { tooltool, ...rest } = withTool;
      const diff = diffCatalogs(side(withTool), side({ ...rest, 'tool-tool': tooltool }));
      expect(diff.renamed.map((c) => `${c.previousId} -> ${c.system.id}`)).toEqual(['tooltool -> tool-tool']);
      expect(places(diff.introduced)).toEqual([
        'systems/builder.md:14:5 error unknown-dependency tooltool',
        'systems/signer.md:14:5 error unknown-dependency tooltool',
        'systems/tester.md:14:5 error unknown-dependency tooltool',
        'systems/uploader.md:14:5 error unknown-dependency tooltool',
      ]);
      expect(diff.fixed).toEqual([]);
    });

    it('lists a problem the change fixes, at its place in the base', () => {
      const broken = { ...withTool, uploader: productionDoc({ name: 'Uploader', deps: ['tooltol'] }) };
      const diff = diffCatalogs(side(broken), side(withTool));
      expect(diff.introduced).toEqual([]);
      expect(places(diff.fixed)).toEqual(['systems/uploader.md:14:5 error unknown-dependency tooltol']);
    });

    it('matches a problem whose line moved, and one in a renamed file whose message names the old id', () => {
      const broken = { ...withTool, uploader: productionDoc({ name: 'Uploader', deps: ['tooltool', 'uploader'] }) };
      const { uploader: _uploader, ...rest } = broken;
      const moved = { ...rest, 'upload-box': productionDoc({ name: 'Uploader', deps: ['tooltool', 'upload-box'] }).replace('tier: 2\n', 'tier: 2\ntags: [b]\n') };
      const before = side(broken);
      const after = side(moved);
      expect(places(before.diagnostics!)).toEqual(['systems/uploader.md:15:5 error self-dependency `uploader` lists itself in `depends_on`.']);
      expect(places(after.diagnostics!)).toEqual(['systems/upload-box.md:16:5 error self-dependency `upload-box` lists itself in `depends_on`.']);
      const diff = diffCatalogs(before, after);
      expect(diff.renamed.map((c) => c.previousId)).toEqual(['uploader']);
      expect(diff).toMatchObject({ introduced: [], fixed: [] });
    });

    it('counts copies: a second copy of an existing problem is introduced', () => {
      const broken = { ...withTool, signer: productionDoc({ name: 'Signer', deps: ['nope'] }) };
      const worse = { ...broken, tester: productionDoc({ name: 'Tester', deps: ['nope'] }) };
      expect(places(diffCatalogs(side(broken), side(worse)).introduced)).toEqual(['systems/tester.md:14:5 error unknown-dependency nope']);
    });

    it('compares the problems of a commit with the work tree\'s, after a rename in a git repository', async () => {
      const root = makeProject({ 'systems/teams.yaml': TEAMS, ...Object.fromEntries(Object.entries(withTool).map(([id, text]) => [`systems/${id}.md`, text])) });
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: root, stdio: 'pipe' });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'Catalog');
      renameSync(join(root, 'systems/tooltool.md'), join(root, 'systems/tool-tool.md'));
      const options = { cwd: root, dir: join(root, 'systems'), today: TODAY };
      const base = await loadGitCatalog({ ...options, ref: 'HEAD', configFile: join(root, 'fieldguide.config.yaml') });
      const head = await loadCatalog(options);
      const diff = diffCatalogs({ ...base, details: base.byId }, { ...head, details: head.byId });
      expect(places(diff.introduced)).toEqual(['builder', 'signer', 'tester', 'uploader'].map((id) => `systems/${id}.md:14:5 error unknown-dependency tooltool`));
      expect(diff.fixed).toEqual([]);
    });
  });
});
