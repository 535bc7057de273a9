import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runExport } from '../../src/cli/commands/export.ts';
import type { Io } from '../../src/cli/io.ts';
import { graphProject } from '../helpers/graph-docs.ts';
import { runCli } from '../helpers/run-cli.ts';
import { backstageProblem } from '../core/backstage/export-validate-entity.ts';

const project = (extra: Record<string, string> = {}) => graphProject(['web->db', 'web~>cache'], { web: { name: 'Website', tier: 1 } }, extra);

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, env: {}, stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stdoutIsTty: false, stdinIsTty: false };
  const code = await runExport(argv, io);
  return { code, stdout, stderr };
}

describe('fieldguide export backstage', () => {
  it('writes one descriptor per entity and a Location into backstage/, and says what it wrote', async () => {
    const cwd = project();
    const result = await run(['backstage'], cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Wrote 6 files to backstage/ (3 Components, 2 Groups):
        backstage/catalog-info.yaml
        backstage/component-cache.yaml
        backstage/component-db.yaml
        backstage/component-web.yaml
        backstage/group-releng.yaml
        backstage/group-it.yaml
      Register backstage/catalog-info.yaml in Backstage (a Location) to ingest them.
      "
    `);
    const out = join(cwd, 'backstage');
    expect(readdirSync(out).sort()).toEqual(['.fieldguide-backstage', 'catalog-info.yaml', 'component-cache.yaml', 'component-db.yaml', 'component-web.yaml', 'group-it.yaml', 'group-releng.yaml']);
    for (const file of readdirSync(out).filter((f) => f.endsWith('.yaml'))) {
      expect(await backstageProblem(parse(readFileSync(join(out, file), 'utf8'))), file).toBeUndefined();
    }
    expect(parse(readFileSync(join(out, 'component-web.yaml'), 'utf8')).spec).toEqual({
      type: 'service', lifecycle: 'production', owner: 'group:default/releng', dependsOn: ['component:default/db', 'component:default/cache'],
    });
  });

  it('refuses a folder holding files it did not write, unless --force, and then removes none of them', async () => {
    const cwd = project({ 'backstage/mine.yaml': 'kind: Mine\n' });
    const refused = await run(['backstage'], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatchInlineSnapshot(`
      "fieldguide export: Refusing to export into \`backstage\`: it is not empty and not a previous export (it has no \`.fieldguide-backstage\` file).
      hint: Choose an empty or new folder for --out, or add --force to write into it anyway (files of the same name are replaced, nothing is removed).
      "
    `);
    expect(readdirSync(join(cwd, 'backstage'))).toEqual(['mine.yaml']);

    const forced = await run(['backstage', '--force'], cwd);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, 'backstage', 'mine.yaml'), 'utf8')).toBe('kind: Mine\n');
    expect(existsSync(join(cwd, 'backstage', 'catalog-info.yaml'))).toBe(true);
  });

  it('replaces a previous export: removes the files it wrote and no longer writes, keeps everything else', async () => {
    const cwd = project();
    expect((await run(['backstage', '--out', 'out/bs'], cwd)).code).toBe(0);
    writeFileSync(join(cwd, 'out/bs/README.md'), 'notes\n');
    writeFileSync(join(cwd, 'systems/cache.md'), readFileSync(join(cwd, 'systems/cache.md'), 'utf8').replace('kind: service', 'kind: database'));
    const again = await run(['backstage', '--out', 'out/bs'], cwd);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Removed 1 file the previous export wrote and this one does not:\n  out/bs/component-cache.yaml\n');
    expect(readdirSync(join(cwd, 'out/bs')).sort()).toEqual(['.fieldguide-backstage', 'README.md', 'catalog-info.yaml', 'component-db.yaml', 'component-web.yaml', 'group-it.yaml', 'group-releng.yaml', 'resource-cache.yaml']);
    expect(parse(readFileSync(join(cwd, 'out/bs/component-web.yaml'), 'utf8')).spec.dependsOn).toEqual(['component:default/db', 'resource:default/cache']);
  });

  it('never removes a file outside its folder, even when an edited marker lists one', async () => {
    const cwd = project({ 'keep.yaml': 'mine\n', 'bs/.fieldguide-backstage': 'x\ny\n\n../keep.yaml\n../systems/web.md\n/etc/hosts\n' });
    expect((await run(['backstage', '--out', 'bs'], cwd)).code).toBe(0);
    expect(readFileSync(join(cwd, 'keep.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(cwd, 'systems/web.md'))).toBe(true);
  });

  it('refuses a file, the catalog folder, and a catalog with errors, writing nothing', async () => {
    const cwd = project({ 'taken.txt': 'x\n' });
    const file = await run(['backstage', '--out', 'taken.txt'], cwd);
    expect([file.code, file.stderr]).toEqual([2, 'fieldguide export: Refusing to export into `taken.txt`: it is not a folder.\nhint: Choose a folder for --out, such as `backstage` (the default).\n']);
    const inside = await run(['backstage', '--out', 'systems/bs', '--force'], cwd);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatchInlineSnapshot(`
      "fieldguide export: Refusing to export into \`systems/bs\`: it is in the catalog folder, where descriptors would mix with the docs.
      hint: Choose a folder of its own for --out, such as \`backstage\` (the default).
      "
    `);
    expect(existsSync(join(cwd, 'systems/bs'))).toBe(false);

    const broken = project({ 'systems/broken.md': '---\nname: [\n---\n' });
    const result = await run(['backstage'], broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing was exported: fix the errors above first.\n');
    expect(existsSync(join(broken, 'backstage'))).toBe(false);
  });

  it('asks for a target it knows', async () => {
    const cwd = project();
    await expect(run([], cwd)).rejects.toThrow('Missing what to export to, expected `backstage`.');
    await expect(run(['json'], cwd)).rejects.toThrow('Unexpected `json`, expected `backstage`.');
    expect((await run(['--help'], cwd)).stdout).toContain('Usage: fieldguide export backstage [options]');
  });

  it('is a registered command: `fieldguide export backstage` runs, and a wrong target is a usage error', async () => {
    const cwd = project();
    expect((await runCli(['export', 'backstage', '--out', 'bs'], cwd)).code).toBe(0);
    expect(existsSync(join(cwd, 'bs', 'catalog-info.yaml'))).toBe(true);
    expect(await runCli(['export', 'json'], cwd)).toEqual({
      code: 2, stdout: '', stderr: 'fieldguide export: Unexpected `json`, expected `backstage`.\nRun `fieldguide export --help` for usage.\n',
    });
  });
});
