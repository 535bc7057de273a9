import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { E2E_TODAY, ROOT } from './build-site.ts';

const work = join(inject('workDir'), 'determinism');
const BIN = join(ROOT, 'bin', 'fieldguide.js');

/** Runs `fieldguide build` from the working folder `cwd`. */
function build(cwd: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'build', '--today', E2E_TODAY, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** Every file of a built site by `/`-separated path, its bytes unzipped when gzipped (Pagefind's index is). */
async function contents(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    files.set(relative(dir, path).split(sep).join('/'), bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('one catalog, built from anywhere', () => {
  it('gives the same bytes through a relative or an absolute path, from any working folder, and no machine path', async () => {
    // A repository holding the hostile fixture, with edit links on.
    const project = join(work, 'project');
    await mkdir(join(project, '.git'), { recursive: true });
    await cp(join(ROOT, 'tests/fixtures/site/hostile'), join(project, 'systems'), { recursive: true });
    await writeFile(join(project, 'fieldguide.config.yaml'), 'site:\n  repository: https://github.com/example/shop\n  branch: main\n');

    const runs = [
      { name: 'relative, from the project', cwd: project, args: ['systems'] },
      { name: 'absolute, from elsewhere', cwd: ROOT, args: [join(project, 'systems'), '--config', join(project, 'fieldguide.config.yaml')] },
      { name: 'from inside the catalog folder', cwd: join(project, 'systems'), args: ['.', '--config', '../fieldguide.config.yaml'] },
    ];
    const sites: Map<string, Buffer>[] = [];
    for (const [i, run] of runs.entries()) {
      const out = join(work, `site-${i}`);
      const result = await build(run.cwd, [...run.args, '--out', out]);
      expect(result.code, `${run.name}: ${result.stderr}`).toBe(0);
      sites.push(await contents(out));
    }

    const [first, ...others] = sites;
    for (const [i, site] of others.entries()) {
      expect([...site.keys()], runs[i + 1]!.name).toEqual([...first!.keys()]);
      const differing = [...site].filter(([file, bytes]) => !bytes.equals(first!.get(file)!)).map(([file]) => file);
      expect(differing, runs[i + 1]!.name).toEqual([]);
    }
    for (const [file, bytes] of first!) {
      expect(bytes.includes(work), file).toBe(false);
      expect(bytes.includes(ROOT), file).toBe(false);
    }

    const exported = JSON.parse(first!.get('catalog.json')!.toString('utf8'));
    expect(exported.systems.map((s: { file: string }) => s.file)).toEqual(['systems/api.md', 'systems/db.md', 'systems/web.md']);
    expect(first!.get('systems/api/index.html')!.toString('utf8')).toContain('href="https://github.com/example/shop/edit/main/systems/api.md"');
  }, 240_000);
});
