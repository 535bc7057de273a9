import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { graphProject } from '../helpers/graph-docs.ts';
import { productionDoc } from '../helpers/make-catalog.ts';
import { buildGraph } from '../../src/core/graph/build-graph.ts';
import { findImpact } from '../../src/core/graph/find-impact.ts';

// db <- api <- web <- cdn (hard), db <~ batch <- report (soft, then hard), in two teams and several tiers.
const layered = () => graphProject(['api->db', 'web->api', 'cdn->web', 'batch~>db', 'report->batch'], {
  db: { name: 'Database', tier: 1, owner: 'it' },
  api: { name: 'API', tier: 1 },
  web: { name: 'Website', tier: 2 },
  cdn: { name: 'CDN', tier: 3, owner: 'it' },
  batch: { name: 'Batch jobs', tier: 3, lifecycle: 'experimental' },
  report: { name: 'Reports', tier: 4 },
});

describe('fieldguide impact', () => {
  it('lists what breaks and what degrades if a system goes down, with path, tier, lifecycle and owner', async () => {
    const result = await runCli(['impact', 'db'], layered());
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatchInlineSnapshot(`
      "What depends on db (Database, tier 1, production, it): 5 systems, 2 directly.

      Breaks if it goes down (every dependency on the path is hard): 3
        api     tier 1   production    releng  api → db
        web     tier 2   production    releng  web → api → db
        cdn     tier 3   production    it      cdn → web → api → db

      Degrades (the path goes through a soft dependency): 2
        batch   tier 3   experimental  releng  batch ⇢ db
        report  tier 4   production    releng  report → batch ⇢ db

      Owner teams: releng (4), it (1)
      → hard dependency, ⇢ soft dependency
      "
    `);
  });

  it('lists what a system needs with --reverse, and stops after --depth hops', async () => {
    const project = layered();
    expect((await runCli(['impact', 'cdn', '--reverse'], project)).stdout).toMatchInlineSnapshot(`
      "What cdn (CDN, tier 3, production, it) depends on: 3 systems, 1 directly.

      Needed: it breaks if one goes down (every dependency on the path is hard): 3
        web  tier 2   production    releng  cdn → web
        api  tier 1   production    releng  cdn → web → api
        db   tier 1   production    it      cdn → web → api → db

      Owner teams: releng (2), it (1)
      → hard dependency, ⇢ soft dependency
      "
    `);
    expect((await runCli(['impact', 'db', '--depth', '1'], project)).stdout).toMatchInlineSnapshot(`
      "What depends on db (Database, tier 1, production, it): 2 systems within 1 hop, 2 directly.

      Breaks if it goes down (every dependency on the path is hard): 1
        api    tier 1   production    releng  api → db

      Degrades (the path goes through a soft dependency): 1
        batch  tier 3   experimental  releng  batch ⇢ db

      Owner teams: releng (2)
      → hard dependency, ⇢ soft dependency
      "
    `);
  });

  it('counts a system as breaking when any all-hard path reaches it, even a longer one than a soft shortcut', async () => {
    // top depends softly on db directly, and hard on mid, which hard-depends on db: top breaks when db is down.
    const project = graphProject(['top~>db', 'top->mid', 'mid->db']);
    expect((await runCli(['impact', 'db'], project)).stdout).toMatchInlineSnapshot(`
      "What depends on db (db, tier 2, production, releng): 2 systems, 2 directly.

      Breaks if it goes down (every dependency on the path is hard): 2
        mid  tier 2   production    releng  mid → db
        top  tier 2   production    releng  top → mid → db

      Owner teams: releng (2)
      → hard dependency, ⇢ soft dependency
      "
    `);
  });

  it('follows a diamond once per system and never loops on a cycle', async () => {
    const diamond = graphProject(['a->b', 'a->c', 'b->d', 'c->d']);
    expect((await runCli(['impact', 'd', '--format', 'json'], diamond)).stdout).toContain('"total": 3');
    const cycle = graphProject(['a->b', 'b->c', 'c->a', 'x->a']);
    const result = await runCli(['impact', 'a'], cycle);
    expect(result.stdout.split('\n').slice(0, 6)).toEqual([
      'What depends on a (a, tier 2, production, releng): 3 systems, 2 directly.',
      '',
      'Breaks if it goes down (every dependency on the path is hard): 3',
      '  c  tier 2   production    releng  c → a',
      '  x  tier 2   production    releng  x → a',
      '  b  tier 2   production    releng  b → c → a',
    ]);
  });

  it('prints JSON with the path, the steps and their strengths, and the teams involved', async () => {
    const result = await runCli(['impact', 'db', '--format', 'json', '--depth', '2'], layered());
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      system: { id: 'db', name: 'Database', owner: 'it', lifecycle: 'production', tier: 1 },
      direction: 'dependents',
      maxDepth: 2,
      entries: [
        { id: 'api', name: 'API', owner: 'releng', lifecycle: 'production', tier: 1, depth: 1, direct: true, hard: true, path: ['db', 'api'], steps: [{ from: 'api', to: 'db', strength: 'hard' }] },
        { id: 'batch', name: 'Batch jobs', owner: 'releng', lifecycle: 'experimental', tier: 3, depth: 1, direct: true, hard: false, path: ['db', 'batch'], steps: [{ from: 'batch', to: 'db', strength: 'soft' }] },
        { id: 'report', name: 'Reports', owner: 'releng', lifecycle: 'production', tier: 4, depth: 2, direct: false, hard: false, path: ['db', 'batch', 'report'], steps: [{ from: 'batch', to: 'db', strength: 'soft' }, { from: 'report', to: 'batch', strength: 'hard' }] },
        { id: 'web', name: 'Website', owner: 'releng', lifecycle: 'production', tier: 2, depth: 2, direct: false, hard: true, path: ['db', 'api', 'web'], steps: [{ from: 'api', to: 'db', strength: 'hard' }, { from: 'web', to: 'api', strength: 'hard' }] },
      ],
      teams: [{ id: 'releng', systems: 4 }],
      summary: { total: 4, direct: 2, hard: 2, soft: 2 },
    });
  });

  it('draws the affected part of the graph as Mermaid, the system itself as the focus', async () => {
    expect((await runCli(['impact', 'api', '--format', 'mermaid'], layered())).stdout).toMatchInlineSnapshot(`
      "flowchart LR
        n0[["API"]]
        n1["CDN"]
        n2["Website"]
        n1 --> n2
        n2 --> n0
        classDef focus stroke-width:3px
        class n0 focus
      "
    `);
  });

  it('says when nothing depends on a system, or it depends on nothing', async () => {
    const project = layered();
    expect((await runCli(['impact', 'cdn'], project)).stdout).toBe('Nothing depends on cdn (CDN, tier 3, production, it).\n');
    expect((await runCli(['impact', 'db', '--reverse', '--depth', '3'], project)).stdout).toBe('db (Database, tier 1, production, it) depends on nothing within 3 hops.\n');
  });

  it('rejects an unknown id with the closest ids, and a broken doc with its first problem', async () => {
    const project = graphProject(['web->api', 'api->db'], {}, { 'systems/broken.md': '---\nname: [\n---\n' });
    expect(await runCli(['impact', 'apy'], project)).toEqual({ code: 2, stdout: '', stderr: 'fieldguide impact: there is no system `apy` in the catalog. Did you mean `api`?\n' });
    expect((await runCli(['impact', 'nothing-like-it'], project)).stderr).toBe('fieldguide impact: there is no system `nothing-like-it` in the catalog.\n');
    expect(await runCli(['impact', 'broken'], project)).toEqual({
      code: 2, stdout: '',
      stderr: 'fieldguide impact: `broken` is not in the graph because of a problem in its doc: systems/broken.md:2:7: The `[` opened on this line is never closed with `]` (BAD_INDENT).\nRun `fieldguide check` to see every problem.\n',
    });
  });

  it('prints no control character from a name or from the id typed', async () => {
    const project = graphProject(['web->api', 'api->db'], { db: { name: '"DB \\e[2J \\e]0;pwned\\a \\u009b2J \\u202eevil"' } });
    const text = await runCli(['impact', 'db'], project);
    expect(text.stdout.split('\n')[0]).toBe('What depends on db (DB \\u001b[2J \\u001b]0;pwned\\u0007 \\u009b2J \\u202eevil, tier 2, production, releng): 2 systems, 1 directly.');
    for (const format of ['json', 'mermaid']) {
      expect((await runCli(['impact', 'db', '--format', format], project)).stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    expect((await runCli(['impact', 'db\u001b[2J'], project)).stderr).toBe('fieldguide impact: there is no system `db\\u001b[2J` in the catalog.\n');
  });

  it('rejects a bad command line with exit code 2', async () => {
    const project = layered();
    expect((await runCli(['impact'], project)).stderr).toBe('fieldguide impact: Expected exactly one system id.\nRun `fieldguide impact --help` for usage.\n');
    expect((await runCli(['impact', 'db', '--depth', '0'], project)).stderr).toContain('--depth takes a whole number of hops, 1 or more, got `0`.');
    expect((await runCli(['impact', 'db', '--format', 'dot'], project)).stderr).toContain('Unknown format `dot`, expected one of `text`, `json`, `mermaid`.');
    expect((await runCli(['impact', '--help'], project)).stdout).toContain('Usage: fieldguide impact <id> [options]');
  });

  it('keeps the analyzed catalog in node_modules/.cache and notices every edited doc', async () => {
    const project = graphProject(['api->db']);
    mkdirSync(join(project, 'node_modules'));
    expect((await runCli(['impact', 'db', '--format', 'json'], project)).stdout).toContain('"total": 1');
    expect(readdirSync(join(project, 'node_modules/.cache/fieldguide')).filter((name) => /^catalog-[0-9a-f]{32}\.json$/.test(name))).toHaveLength(1);
    writeFileSync(join(project, 'systems/web.md'), productionDoc({ name: 'Web', deps: ['api'] }));
    writeFileSync(join(project, 'systems/api.md'), productionDoc({ name: 'API', deps: ['{ id: db, strength: soft }'] }));
    const result = JSON.parse((await runCli(['impact', 'db', '--format', 'json'], project)).stdout);
    expect(result.entries.map((e: { id: string; hard: boolean }) => `${e.id} ${e.hard}`)).toEqual(['api false', 'web false']);
    expect((await runCli(['impact', 'db', '--no-cache'], project)).stdout).toContain('2 systems, 1 directly');
  });

  it('says nothing on stderr when the catalog has no errors', async () => {
    expect((await runCli(['impact', 'db'], layered())).stderr).toBe('');
  });

  it('walks a 3,000-deep chain both ways without overflowing', () => {
    const n = 3_000;
    const graph = buildGraph(Array.from({ length: n }, (_, i) => ({ id: `s${i}`, dependencies: i + 1 < n ? [{ id: `s${i + 1}`, strength: 'hard' as const }] : [] })));
    const dependents = findImpact(graph, `s${n - 1}`);
    expect(dependents).toHaveLength(n - 1);
    expect(dependents.at(-1)).toMatchObject({ id: 's0', depth: n - 1, hard: true });
    expect(findImpact(graph, 's0', { direction: 'dependencies', maxDepth: 5 }).map((e) => e.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });
});
