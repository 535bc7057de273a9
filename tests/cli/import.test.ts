import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../src/cli/commands/import.ts';
import type { Io } from '../../src/cli/io.ts';
import { makeProject, runCli } from '../helpers/run-cli.ts';

const EXAMPLES = '/work/shared/examples/backstage';

/** Runs `import` directly (it is registered only once complete), capturing output. */
async function runImportCli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { cwd, env: {}, stdout: (t: string) => { stdout += t; }, stderr: (t: string) => { stderr += t; }, stdoutIsTty: false, stdinIsTty: false, prompt: async () => '' } as Io;
  const code = await runImport(argv, io);
  return { code, stdout, stderr };
}

function project(): string {
  const root = makeProject({ 'fieldguide.config.yaml': '' });
  cpSync(EXAMPLES, join(root, 'backstage'), { recursive: true });
  return root;
}

const front = (root: string, id: string) => parse(readFileSync(join(root, 'systems', `${id}.md`), 'utf8').split('---\n')[1]!);

describe('import backstage: the whole example catalog', () => {
  it('writes systems, teams and dependency edges, reports the broken parts, and check passes', async () => {
    const root = project();
    const result = await runImportCli(['backstage', 'backstage/all.yaml', 'backstage/acme/org.yaml', 'backstage/components/invalid-component.yaml', '--format', 'json'], root);
    const diagnostics = JSON.parse(result.stdout).diagnostics.map((d: { file: string; line: number; column: number; rule: string; severity: string }) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
    expect(diagnostics).toEqual([
      'backstage/all-ai-resources.yaml:8:7 warning backstage-location',
      'backstage/all-ai-resources.yaml:9:7 warning backstage-location',
      'backstage/all-ai-resources.yaml:10:7 warning backstage-location',
      'backstage/apis/petstore-api.yaml:4:9 warning backstage-id-collision',
      'backstage/apis/wayback-archive-api.yaml:4:9 warning backstage-id-collision',
      'backstage/apis/wayback-search-api.yaml:4:9 warning backstage-id-collision',
      'backstage/components/invalid-component.yaml:4:9 error backstage-invalid-entity',
      // `guest` with the default kind is a Group that does not exist; `user:guest` is a User, not a Group.
      'backstage/components/playback-order-component.yaml:12:10 warning backstage-unknown-owner',
      'backstage/components/searcher-component.yaml:11:10 warning backstage-unknown-owner',
      'backstage/components/shuffle-api-component.yaml:14:10 warning backstage-unknown-owner',
    ]);
    const ids = readdirSync(join(root, 'systems')).sort();
    expect(ids).toContain('artist-lookup.md');
    expect(ids).toContain('wayback-search.md');
    expect(ids).toContain('wayback-search-api.md');
    expect(ids).toContain('artists-db.md');
    const teams = parse(readFileSync(join(root, 'systems', 'teams.yaml'), 'utf8')).teams as { id: string; members?: { handle: string }[] }[];
    expect(teams.map((t) => t.id)).toEqual(expect.arrayContaining(['team-a', 'team-b', 'team-c', 'team-d', 'guest']));
    expect(teams.find((t) => t.id === 'team-a')!.members!.map((m) => m.handle)).toEqual(expect.arrayContaining(['breanna.davison', 'guest']));
    expect(front(root, 'artist-engagement-portal').depends_on).toEqual(['artist-lookup', 'artists-db', 'www-artist']);
    // An API depends on the component that provides it.
    expect(front(root, 'wayback-search-api').depends_on).toEqual(['wayback-search']);
    expect(front(root, 'playback-order').owner).toBe('guest');
    const check = await runCli(['check', '--today', '2026-11-26', '--quiet'], root);
    expect(check.stdout).not.toMatch(/error/);
    expect(check.code).toBe(0);
  });
});

describe('import backstage: existing docs', () => {
  const descriptor = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: search\n  description: Finds things\nspec:\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n';

  it('never overwrites without --force; --dry-run writes nothing; --update refreshes only imported fields', async () => {
    const root = makeProject({ 'catalog-info.yaml': descriptor });
    const dry = await runImportCli(['backstage', 'catalog-info.yaml', '--dry-run'], root);
    expect(dry.stdout).toContain('Would write: systems/search.md (created)');
    expect(existsSync(join(root, 'systems', 'search.md'))).toBe(false);
    expect((await runImportCli(['backstage', 'catalog-info.yaml'], root)).code).toBe(0);
    const doc = join(root, 'systems', 'search.md');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('tier', 'tier').replace('lifecycle: proposed', 'lifecycle: proposed # kept\ntier: 2') + '\nWritten by a person.\n');
    writeFileSync(join(root, 'catalog-info.yaml'), descriptor.replace('Finds things', 'Finds everything'));
    expect((await runImportCli(['backstage', 'catalog-info.yaml'], root)).stdout).toContain('Skipped (exists; --force or --update): systems/search.md');
    expect(front(root, 'search').summary).toBe('Finds things');
    await runImportCli(['backstage', 'catalog-info.yaml', '--update'], root);
    const text = readFileSync(doc, 'utf8');
    expect(front(root, 'search')).toMatchObject({ summary: 'Finds everything', tier: 2 });
    expect(text).toContain('lifecycle: proposed # kept');
    expect(text).toContain('Written by a person.');
    await runImportCli(['backstage', 'catalog-info.yaml', '--force'], root);
    expect(readFileSync(doc, 'utf8')).not.toContain('Written by a person.');
  });

  it('reports a Location cycle and keeps going', async () => {
    const root = makeProject({
      'a.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: a\nspec:\n  targets: [./b.yaml]\n',
      'b.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: b\nspec:\n  targets: [./a.yaml]\n',
    });
    const result = await runImportCli(['backstage', 'a.yaml', '--format', 'github'], root);
    expect(result.stdout).toContain('::warning file=b.yaml,line=6,col=13,title=fieldguide backstage-location::The Location target `./a.yaml` leads back to `a.yaml`: a cycle, not followed again.');
    expect(result.code).toBe(0);
  });
});

describe('import backstage options', () => {
  it('takes no --today (nothing it writes is dated): an unknown option is a usage error', async () => {
    const result = await runCli(['import', 'backstage', 'catalog-info.yaml', '--today', '2026-11-26'], makeProject({}));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown option `--today`');
  });
});
