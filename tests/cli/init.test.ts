import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSiteConfig } from '../../src/site/site-env.ts';
import { makeProject, runCli } from '../helpers/run-cli.ts';

const TODAY = '2026-11-26';

/** Every file under `root` with a hash of its bytes, so a run that changes anything shows. */
function hashTree(root: string): Record<string, string> {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(entries.map((e) => {
    const path = join(e.parentPath, e.name);
    return [path.slice(root.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')];
  }).sort(([a], [b]) => a!.localeCompare(b!)));
}

const NEXT = '\nNext steps:\n  npx fieldguide check    check the catalog\n  npx fieldguide build    build the site into dist/\n';

describe('fieldguide init', () => {
  it('starts a catalog in an empty folder that passes check, asking nothing without a terminal', async () => {
    const root = makeProject({});
    expect(await runCli(['init', '--today', TODAY], root)).toEqual({
      code: 0, stderr: '',
      stdout: 'Wrote:\n  fieldguide.config.yaml\n  systems/teams.yaml\n  systems/first-system.md\n'
        + '  .github/workflows/fieldguide-pr.yml\n  .github/workflows/fieldguide-pages.yml\n  .gitignore\n' + NEXT,
    });
    expect(parse(readFileSync(join(root, 'systems/teams.yaml'), 'utf8'))).toEqual({ teams: [{ id: 'team', name: 'Team' }] });
    expect(parse(readFileSync(join(root, 'fieldguide.config.yaml'), 'utf8'))).toEqual({ systems: 'systems', site: { title: 'Team field guide', base: '/', branch: 'main' } });
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toBe('# The site `fieldguide build` writes.\ndist/\n# What `npm install` installs.\nnode_modules/\n');
    expect(await runCli(['check', '--today', TODAY], root)).toEqual({ code: 0, stdout: '✔ No problems in 1 doc.\n', stderr: '' });
  });

  it('writes flag values into YAML safely, in the folder it is given, showing paths relative to the working folder', async () => {
    const root = makeProject({});
    const result = await runCli(['init', 'docs', '--team', 'platform-ops', '--team-name', 'Ops: #1 "team"', '--title', "Ops' guide: {x}", '--repository', 'https://github.com/org/repo'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  docs/fieldguide.config.yaml\n');
    expect(result.stdout).not.toContain(root);
    expect(parse(readFileSync(join(root, 'docs/fieldguide.config.yaml'), 'utf8')).site).toEqual({ title: "Ops' guide: {x}", base: '/', repository: 'https://github.com/org/repo', branch: 'main' });
    expect(parse(readFileSync(join(root, 'docs/systems/teams.yaml'), 'utf8'))).toEqual({ teams: [{ id: 'platform-ops', name: 'Ops: #1 "team"' }] });
    expect(await runCli(['check', '--today', TODAY], join(root, 'docs'))).toMatchObject({ code: 0, stdout: '✔ No problems in 1 doc.\n' });
  });

  it('adds only the missing package.json scripts, keeping its formatting, and appends dist/ to .gitignore', async () => {
    const root = makeProject({
      'package.json': '{\n  "name": "x",\n  "scripts": {\n    "build": "tsc"\n  }\n}\n',
      '.gitignore': 'node_modules',
    });
    const result = await runCli(['init'], root);
    expect(result.stdout).toContain('Updated:\n  package.json (scripts: check, dev, preview)\n  .gitignore (dist/)\n');
    expect(readFileSync(join(root, 'package.json'), 'utf8')).toBe(
      '{\n  "name": "x",\n  "scripts": {\n    "build": "tsc",\n    "check": "fieldguide check",\n    "dev": "fieldguide dev",\n    "preview": "fieldguide preview"\n  }\n}\n',
    );
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toBe('node_modules\ndist/\n');
  });

  it('leaves a package.json that is not valid JSON alone, and says so', async () => {
    const root = makeProject({ 'package.json': '{ "name": ' });
    const result = await runCli(['init'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Skipped (already there, left as is):\n  package.json (not valid JSON: add the scripts yourself)\n');
    expect(readFileSync(join(root, 'package.json'), 'utf8')).toBe('{ "name": ');
  });

  it('leaves an existing file alone and lists it as skipped', async () => {
    const root = makeProject({ 'systems/teams.yaml': 'teams:\n  - id: mine\n    name: Mine\n' });
    const result = await runCli(['init', '--team', 'mine'], root);
    expect(result.stdout).toContain('Skipped (already there, left as is):\n  systems/teams.yaml\n');
    expect(readFileSync(join(root, 'systems/teams.yaml'), 'utf8')).toBe('teams:\n  - id: mine\n    name: Mine\n');
  });

  it('changes nothing when run a second time', async () => {
    const root = makeProject({ 'package.json': '{\n  "name": "x"\n}\n' });
    expect((await runCli(['init'], root)).code).toBe(0);
    const before = hashTree(root);
    const again = await runCli(['init', '--team', 'other'], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to do: everything init writes is there already.\n');
    expect(hashTree(root)).toEqual(before);
  });

  it('copies the example catalog with --example, and it passes check (with the example\'s own warnings)', async () => {
    const root = makeProject({});
    const result = await runCli(['init', '--example'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  systems/teams.yaml\n  systems/tinderbox.md\n');
    expect(result.stdout).not.toContain('first-system');
    const check = await runCli(['check', '--today', TODAY], root);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/\(0 errors, \d+ warnings\).*checked 40 docs\.\n$/);
  });

  it('rejects a team id that is not kebab-case and a repository that is not a URL, exit 2, writing nothing', async () => {
    const root = makeProject({});
    expect(await runCli(['init', '--team', 'Not An Id'], root)).toEqual({
      code: 2, stdout: '',
      stderr: 'fieldguide init: `Not An Id` is not a valid team id: use lowercase letters, digits and single hyphens, at most 63 characters.\nRun `fieldguide init --help` for usage.\n',
    });
    expect((await runCli(['init', '--repository', 'github.com/org/repo'], root)).code).toBe(2);
    expect(readdirSync(root)).toEqual([]);
  });

  it('asks on a terminal for what the flags did not give', async () => {
    const root = makeProject({});
    expect((await runCli(['init', '--title', 'Given'], root, ['web-infra', '', 'https://git.example.org/web/catalog'])).code).toBe(0);
    expect(parse(readFileSync(join(root, 'systems/teams.yaml'), 'utf8'))).toEqual({ teams: [{ id: 'web-infra', name: 'Web Infra' }] });
    expect(parse(readFileSync(join(root, 'fieldguide.config.yaml'), 'utf8')).site).toMatchObject({ title: 'Given', repository: 'https://git.example.org/web/catalog' });
  });

  it('writes workflows that use the current major versions and pass the Pages base path to the build', async () => {
    const root = makeProject({});
    await runCli(['init'], root);
    const uses = (file: string) => {
      const workflow = parse(readFileSync(join(root, '.github/workflows', file), 'utf8')) as { jobs: Record<string, { steps: { uses?: string; run?: string; env?: Record<string, string> }[] }> };
      return Object.values(workflow.jobs).flatMap((job) => job.steps);
    };
    const pr = uses('fieldguide-pr.yml');
    expect(pr.flatMap((s) => s.uses ?? [])).toEqual(['actions/checkout@v7', 'actions/setup-node@v7', 'actions/github-script@v9']);
    expect(pr.map((s) => s.run ?? '').join('\n')).toMatch(/npx fieldguide check --format github --changed-since[\s\S]*npx fieldguide diff --base [\s\S]*GITHUB_STEP_SUMMARY/);
    const pages = uses('fieldguide-pages.yml');
    expect(pages.flatMap((s) => s.uses ?? [])).toEqual(['actions/checkout@v7', 'actions/setup-node@v7', 'actions/configure-pages@v6', 'actions/upload-pages-artifact@v5', 'actions/deploy-pages@v5']);
    const build = pages.find((s) => s.run === 'npx fieldguide build');
    expect(build?.env).toEqual({ FIELDGUIDE_BASE: '${{ steps.pages.outputs.base_path }}' });
    expect(pages.find((s) => s.uses === 'actions/configure-pages@v6')).toMatchObject({ id: 'pages' });
  });

  it('builds the site at the base path the Pages workflow passes', async () => {
    const root = makeProject({ 'fieldguide.config.yaml': 'site:\n  base: /configured/\n' });
    expect((await readSiteConfig({}, root)).base).toBe('/configured/');
    expect((await readSiteConfig({ FIELDGUIDE_BASE: '/team-catalog' }, root)).base).toBe('/team-catalog/');
    expect((await readSiteConfig({ FIELDGUIDE_BASE: '' }, root)).base).toBe('/');
  });
});

describe('fieldguide init --from-backstage', () => {
  const BACKSTAGE = '/work/shared/examples/backstage';

  it('starts the catalog from Backstage descriptors in one step, and a second run overwrites nothing', async () => {
    const root = makeProject({});
    const first = await runCli(['init', '--from-backstage', join(BACKSTAGE, 'all.yaml'), '--from-backstage', join(BACKSTAGE, 'acme/org.yaml'), '--title', 'Imported'], root);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain('Created: systems/artist-lookup.md');
    expect(first.stdout).toContain('Wrote:\n  fieldguide.config.yaml\n  .github/workflows/fieldguide-pr.yml\n  .github/workflows/fieldguide-pages.yml\n');
    expect(existsSync(join(root, 'systems/teams.yaml'))).toBe(true);
    expect(existsSync(join(root, 'systems/first-system.md'))).toBe(false);
    expect((await runCli(['check'], root)).code).toBe(0);
    const doc = readFileSync(join(root, 'systems/artist-lookup.md'), 'utf8');
    const again = await runCli(['init', '--from-backstage', join(BACKSTAGE, 'all.yaml'), '--from-backstage', join(BACKSTAGE, 'acme/org.yaml')], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to do');
    expect(readFileSync(join(root, 'systems/artist-lookup.md'), 'utf8')).toBe(doc);
  });

  it('refuses --example together with --from-backstage, writing nothing', async () => {
    const root = makeProject({});
    const result = await runCli(['init', '--example', '--from-backstage', 'catalog-info.yaml'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Give either --example or --from-backstage');
    expect(existsSync(join(root, 'fieldguide.config.yaml'))).toBe(false);
  });
});
