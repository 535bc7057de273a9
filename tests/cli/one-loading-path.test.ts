import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { graphProject } from '../helpers/graph-docs.ts';
import { productionDoc, TODAY } from '../helpers/make-catalog.ts';
import { loadCatalog } from '../../src/core/load-catalog.ts';

/**
 * The catalog: a hub whose doc has an unknown field (`teir:`) and a dependency typo (`sheduler-db`), and a doc
 * that is a link to another (`aus.md -> real.md`). `check` sees six systems; so must `impact`, `graph` and `diff`.
 */
function brokenHub(): string {
  const project = graphProject(['web->hub', 'api->hub', 'hub->db', 'user->aus', 'real'], {
    hub: { name: 'Hub', deps: ['db', 'sheduler-db'], extra: 'teir: 1\n' },
  });
  rmSync(join(project, 'systems/aus.md'));
  symlinkSync('real.md', join(project, 'systems/aus.md'));
  return project;
}

const WARNING = '1 doc has errors; the answer may be incomplete: run `fieldguide check`.\n';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });

describe('one loading path for check, impact, graph and diff', () => {
  it('check reports the schema error and the dependency typo of one doc in one run', async () => {
    const check = await runCli(['check', '--format', 'json', '--today', TODAY], brokenHub());
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).diagnostics.map((d: { file: string; line: number; rule: string }) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      'systems/hub.md:15 unknown-dependency',
      'systems/hub.md:41 schema',
    ]);
  });

  it('graph has the systems and edges of check\'s catalog, and says the catalog has errors', async () => {
    const project = brokenHub();
    const catalog = await loadCatalog({ cwd: project });
    for (const cache of ['--cache', '--no-cache']) {
      const result = await runCli(['graph', cache], project);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(WARNING);
      const graph = JSON.parse(result.stdout) as { nodes: { id: string }[]; edges: { from: string; to: string }[] };
      expect(graph.nodes.map((n) => n.id)).toEqual(['api', 'aus', 'db', 'hub', 'real', 'user', 'web']);
      expect(graph.nodes.map((n) => n.id)).toEqual(catalog.graph.nodes);
      expect(graph.edges.map((e) => `${e.from}->${e.to}`)).toEqual(catalog.graph.edges.map((e) => `${e.from}->${e.to}`));
      expect(graph.edges).toHaveLength(4);
    }
  });

  it('impact finds the broken hub\'s dependents and the linked doc, and says the catalog has errors', async () => {
    const project = brokenHub();
    const catalog = await loadCatalog({ cwd: project });
    const hub = await runCli(['impact', 'hub', '--format', 'json'], project);
    expect(hub.code).toBe(0);
    expect(hub.stderr).toBe(WARNING);
    expect((JSON.parse(hub.stdout) as { entries: { id: string }[] }).entries.map((e) => e.id)).toEqual(catalog.graph.in.get('hub')!.map((e) => e.from));
    expect((await runCli(['impact', 'db'], project)).stdout.split('\n')[0]).toBe('What depends on db (db, tier 2, production, releng): 3 systems, 1 directly.');
    const linked = await runCli(['impact', 'aus'], project);
    expect(linked).toMatchObject({ code: 0, stderr: WARNING });
    expect(linked.stdout.split('\n')[0]).toBe('What depends on aus (real, tier 2, production, releng): 1 system, 1 directly.');
  });

  it('says nothing on stderr once the catalog is fixed', async () => {
    const project = brokenHub();
    writeFileSync(join(project, 'systems/hub.md'), productionDoc({ name: 'Hub', deps: ['db'] }));
    for (const argv of [['graph'], ['impact', 'hub']]) expect((await runCli(argv, project)).stderr, argv.join(' ')).toBe('');
  });

  it('diff sees the broken hub and the linked doc on both sides, and warns about the head', async () => {
    const project = brokenHub();
    git(project, 'init', '-q');
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '-m', 'Catalog');
    writeFileSync(join(project, 'systems/hub.md'), productionDoc({ name: 'Hub', deps: ['db', 'sheduler-db', 'real'], extra: 'teir: 1\n' }));
    const result = await runCli(['diff', '--base', 'HEAD', '--format', 'json', '--today', TODAY], project);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(WARNING);
    const diff = JSON.parse(result.stdout) as { changed: { system: { id: string }; dependencies: { added: { id: string }[] } }[]; impact: { id: string; dependents: string[] }[] };
    expect(diff.changed.map((c) => `${c.system.id} +${c.dependencies.added.map((d) => d.id).join(',')}`)).toEqual(['hub +real']);
    expect(diff.impact.find((i) => i.id === 'hub')?.dependents).toEqual(['api', 'web']);
  });
});
