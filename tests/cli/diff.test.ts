import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from '../helpers/run-cli.ts';
import { productionDoc, TEAMS, TODAY } from '../helpers/make-catalog.ts';

/** Runs git in a folder with a fixed identity, so commits work on any machine. */
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' }).toString('utf8').trim();

/** A repository whose first commit holds a small catalog: web -> api -> db, api ~> queue, bot -> pulse. */
function repository(): string {
  const root = makeProject({
    'systems/teams.yaml': TEAMS,
    'systems/db.md': productionDoc({ name: 'Database', owner: 'it', tier: 1 }),
    'systems/api.md': productionDoc({ name: 'API', deps: ['db', '{ id: queue, strength: soft }'] }),
    'systems/queue.md': productionDoc({ name: 'Queue', owner: 'it' }),
    'systems/web.md': productionDoc({ name: 'Website', deps: ['api'] }),
    'systems/old.md': productionDoc({ name: 'Old tool', tier: 4 }),
    'systems/pulse.md': productionDoc({ name: 'Pulse', owner: 'it' }),
    'systems/bot.md': productionDoc({ name: 'Bot', deps: ['pulse'] }),
  });
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'Catalog');
  return root;
}

/** The edits of a typical pull request, some committed and some only in the work tree. */
function change(root: string): void {
  writeFileSync(join(root, 'systems/db.md'), productionDoc({ name: 'Database', owner: 'releng', tier: 2 }));
  writeFileSync(join(root, 'systems/api.md'), productionDoc({ name: 'API', deps: ['db', 'queue', 'cache'] }));
  writeFileSync(join(root, 'systems/cache.md'), productionDoc({ name: 'Cache | *fast*', lifecycle: 'experimental' }));
  renameSync(join(root, 'systems/pulse.md'), join(root, 'systems/pulse-bus.md'));
  writeFileSync(join(root, 'systems/bot.md'), productionDoc({ name: 'Bot', deps: ['pulse-bus'] }));
  rmSync(join(root, 'systems/old.md'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'Change');
  // Uncommitted, as while writing the pull request: the work tree is what is compared.
  writeFileSync(join(root, 'systems/queue.md'), productionDoc({ name: 'Queue', owner: 'it', experts: 1 }));
}

describe('fieldguide diff', () => {
  it('summarizes a change for a pull request in Markdown, with whom each change impacts', async () => {
    const root = repository();
    change(root);
    const result = await runCli(['diff', '--base', 'HEAD~1', '--today', TODAY], root);
    // The work tree's queue has one expert and api hard-depends on an experimental cache: two docs with errors.
    expect(result.stderr).toBe('2 docs have errors; the answer may be incomplete: run `fieldguide check`.\n');
    expect(result.code).toBe(0);
    expect(result.stdout.replace(/\(([0-9a-f]{7})\)/, '(abc1234)')).toMatchInlineSnapshot(`
      "### fieldguide: catalog changes

      Compared with \`HEAD~1\` (abc1234): the change introduces 4 problems (2 errors, 2 warnings) and fixes 1 problem; 1 added, 1 removed, 1 renamed, 3 changed. They impact 2 other systems owned by 1 team: \`releng\` (2).

      #### Problems this change introduces

      - \`systems/api.md:16\` error \`critical-depends-on-immature\`: Tier-2 system \`api\` hard-depends on \`cache\`, which is experimental.
      - \`systems/queue.md:6\` warning \`below-readiness-level\`: \`queue\` reaches Bronze, but tier-2 production systems must reach Silver; not passing: \`two-experts\` (fail).
      - \`systems/queue.md:8\` warning \`bus-factor\`: Tier-2 system \`queue\` has a single expert (Expert 1): when they are away, nobody can fix it.
      - \`systems/queue.md:8\` error \`too-few-experts\`: A production system needs at least 2 experts in \`experts\`, found 1.

      #### Problems this change fixes

      - \`systems/db.md:6\` warning \`below-readiness-level\`: \`db\` reaches Silver, but tier-1 production systems must reach Gold; not passing: \`capacity-limits\` (fail).

      #### Added

      | System | Owner | Lifecycle | Tier | Readiness |
      | --- | --- | --- | --- | --- |
      | \`cache\` Cache \\| \\*fast\\* | \`releng\` | experimental | 2 | Silver |

      #### Removed

      | System | Owner | Lifecycle | Tier | Depended on by |
      | --- | --- | --- | --- | --- |
      | \`old\` Old tool | \`releng\` | production | 4 | 0 |

      #### Renamed

      - \`pulse\` → \`pulse-bus\` Pulse

      #### Changed

      - \`api\` API
        - depends_on: added \`cache\` (hard); \`queue\` soft → hard
      - \`db\` Database
        - owner: \`it\` → \`releng\`
        - tier: 1 → 2
      - \`queue\` Queue
        - readiness: Silver → Bronze
        - also changed: \`experts\`

      #### Impact: whom to ask

      | System | Change | Dependents | Would break | Owner teams of dependents |
      | --- | --- | --- | --- | --- |
      | \`cache\` | added | 2 | 2 | \`releng\` (2) |
      | \`old\` | removed | 0 | 0 | – |
      | \`pulse-bus\` | renamed | 1 | 1 | \`releng\` (1) |
      | \`api\` | changed | 1 | 1 | \`releng\` (1) |
      | \`db\` | changed | 2 | 2 | \`releng\` (2) |
      | \`queue\` | changed | 2 | 2 | \`releng\` (2) |

      <details><summary>Dependents of each system (nearest first)</summary>

      - \`cache\`: \`api\`, \`web\`
      - \`pulse-bus\`: \`bot\`
      - \`api\`: \`web\`
      - \`db\`: \`api\`, \`web\`
      - \`queue\`: \`api\`, \`web\`

      </details>
      "
    `);
  });

  it('prints the same diff as JSON, with the base commit', async () => {
    const root = repository();
    change(root);
    const result = await runCli(['diff', '--base', 'HEAD~1', '--format', 'json', '--today', TODAY], root);
    const json = JSON.parse(result.stdout);
    expect(json.version).toBe(1);
    expect(json.base).toEqual({ ref: 'HEAD~1', commit: git(root, 'rev-parse', 'HEAD~1') });
    expect(json.added.map((s: { id: string }) => s.id)).toEqual(['cache']);
    expect(json.removed.map((s: { id: string }) => s.id)).toEqual(['old']);
    expect(json.renamed.map((s: { previousId: string; system: { id: string } }) => `${s.previousId} -> ${s.system.id}`)).toEqual(['pulse -> pulse-bus']);
    expect(json.changed.map((s: { system: { id: string } }) => s.system.id)).toEqual(['api', 'db', 'queue']);
    expect(json.impacted).toEqual({ systems: 2, teams: [{ id: 'releng', systems: 2 }] });
  });

  it('says so when the catalog did not change', async () => {
    const root = repository();
    writeFileSync(join(root, 'README.md'), 'Not a system.\n');
    const result = await runCli(['diff', '--base', 'HEAD', '--today', TODAY], root);
    expect(result.stdout.replace(/\(([0-9a-f]{7})\)/, '(abc1234)')).toBe('### fieldguide: catalog changes\n\nNo changes to the catalog compared with `HEAD` (abc1234).\n');
  });

  it('shows readiness changes caused by a config change, for docs that did not change', async () => {
    const root = repository();
    writeFileSync(join(root, 'fieldguide.config.yaml'), 'check:\n  review_max_age_days: 30\n');
    const result = await runCli(['diff', '--base', 'HEAD', '--format', 'json', '--today', TODAY], root);
    const changed = JSON.parse(result.stdout).changed as { system: { id: string }; readiness: unknown; otherFields: string[]; body: boolean }[];
    expect(changed.map((c) => [c.system.id, c.readiness, c.otherFields, c.body])).toEqual([
      ['api', { before: 'silver', after: 'bronze' }, [], false],
      ['bot', { before: 'silver', after: 'bronze' }, [], false],
      ['db', { before: 'silver', after: 'bronze' }, [], false],
      ['old', { before: 'silver', after: 'bronze' }, [], false],
      ['pulse', { before: 'silver', after: 'bronze' }, [], false],
      ['queue', { before: 'silver', after: 'bronze' }, [], false],
      ['web', { before: 'silver', after: 'bronze' }, [], false],
    ]);
  });

  it('explains how to fetch a base ref that is not in the clone, and works once it is fetched (shallow CI checkout)', async () => {
    const origin = repository();
    git(origin, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(origin, 'systems/db.md'), productionDoc({ name: 'Database', owner: 'it', tier: 2 }));
    git(origin, 'commit', '-q', '-am', 'Lower the tier');
    const clone = join(mkdtempSync(join(tmpdir(), 'fieldguide-clone-')), 'repo');
    git(tmpdir(), 'clone', '-q', '--depth=1', '--branch', 'feature', '--single-branch', `file://${origin}`, clone);

    expect(await runCli(['diff', '--base', 'origin/main', '--today', TODAY], clone)).toEqual({
      code: 2, stdout: '',
      stderr: 'fieldguide diff: The base ref `origin/main` is not in this clone (a shallow clone).\nFetch it first: `git fetch --depth=1 origin main:refs/remotes/origin/main`; or check the spelling.\n',
    });
    git(clone, 'fetch', '-q', '--depth=1', 'origin', 'main:refs/remotes/origin/main');
    const result = await runCli(['diff', '--base', 'origin/main', '--format', 'json', '--today', TODAY], clone);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).changed.map((c: { system: { id: string }; fields: unknown }) => [c.system.id, c.fields])).toEqual([
      ['db', [{ field: 'tier', before: 1, after: 2 }]],
    ]);
  });

  it('refuses to run outside a git repository, and without --base', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS, 'systems/a.md': productionDoc() });
    const outside = await runCli(['diff', '--base', 'main'], root);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe(`fieldguide diff: \`${root}\` is not inside a git repository, so there is no \`main\` to compare with.\n`);
    expect((await runCli(['diff'], root)).stderr).toBe('fieldguide diff: --base <git-ref> is required, such as `--base origin/main`.\nRun `fieldguide diff --help` for usage.\n');
  });
});

describe('fieldguide diff with docs in subfolders', () => {
  it('reads the base from subfolders by the same rules as the work tree: a README and an ignored draft are no change', async () => {
    const root = makeProject({
      'fieldguide.config.yaml': 'check:\n  ignore: ["drafts/**"]\n',
      'systems/teams.yaml': TEAMS,
      'systems/README.md': '# About these docs\n',
      'systems/platform/db.md': productionDoc({ name: 'DB' }),
      'systems/drafts/idea.md': 'not a doc yet\n',
      'systems/app.md': productionDoc({ name: 'App', deps: ['db'] }),
    });
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'Catalog');
    const unchanged = await runCli(['diff', '--base', 'HEAD', '--today', TODAY, '--format', 'json'], root);
    const same = JSON.parse(unchanged.stdout);
    expect([same.added, same.removed, same.renamed, same.introduced]).toEqual([[], [], [], []]);
    renameSync(join(root, 'systems/platform/db.md'), join(root, 'systems/platform/database.md'));
    const renamed = JSON.parse((await runCli(['diff', '--base', 'HEAD', '--today', TODAY, '--format', 'json'], root)).stdout);
    expect(renamed.renamed).toEqual([expect.objectContaining({ previousId: 'db', system: expect.objectContaining({ id: 'database' }) })]);
    expect(renamed.introduced.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`)).toEqual(['systems/app.md unknown-dependency']);
  });
});
