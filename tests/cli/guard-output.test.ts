import { mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardOutput, type OutputRequest } from '../../src/cli/guard-output.ts';
import { SITE_MARKER } from '../../src/cli/mark-site.ts';
import { makeProject } from '../helpers/run-cli.ts';

/** A project with a catalog and a config; `out` is relative to it. */
function request(files: Record<string, string>, out: string): OutputRequest & { root: string } {
  const root = realpathSync(makeProject({ 'systems/app.md': 'x\n', 'fieldguide.config.yaml': '', ...files }));
  return { root, out: join(root, out), cwd: root, catalogDir: join(root, 'systems'), configFile: join(root, 'fieldguide.config.yaml'), homes: [] };
}

describe('guardOutput', () => {
  it('allows a missing folder (also below missing folders), an empty one and a previous build', async () => {
    for (const [files, out] of [[{}, 'dist'], [{}, 'a/b/dist'], [{ 'dist/.keep': '' }, 'dist/empty'], [{ [`dist/${SITE_MARKER}`]: 'x', 'dist/index.html': '' }, 'dist']] as const) {
      const r = request(files, out);
      if (out === 'dist/empty') mkdirSync(join(r.root, out));
      expect(await guardOutput(r)).toEqual({ target: join(r.root, out) });
    }
  });

  it('replaces the folder a link leads to, so the link keeps working', async () => {
    const r = request({ [`real/site/${SITE_MARKER}`]: 'x' }, 'dist');
    symlinkSync('real/site', join(r.root, 'dist'));
    expect(await guardOutput(r)).toEqual({ target: join(r.root, 'real/site') });
  });

  it('refuses a folder whose marker is not a file', async () => {
    const r = request({ [`dist/${SITE_MARKER}/x`]: 'x' }, 'dist');
    expect(await guardOutput(r)).toMatchObject({ refusal: { message: expect.stringContaining('it is not empty and not a fieldguide build') } });
  });

  it('refuses a previous build that holds the catalog, and every home folder given', async () => {
    const r = request({ [`${SITE_MARKER}`]: 'x', 'elsewhere/.keep': '' }, '.');
    expect(await guardOutput({ ...r, cwd: join(r.root, 'elsewhere') })).toMatchObject({
      refusal: { message: 'Refusing to build into `..`: it contains the catalog folder `../systems`, and a build replaces its whole output folder.' },
    });
    const home = request({ 'home/.profile': '' }, 'home');
    expect(await guardOutput({ ...home, catalogDir: join(home.root, 'systems'), homes: ['/nonexistent', join(home.root, 'home')] })).toMatchObject({
      refusal: { message: 'Refusing to build into `home`: it is your home folder, and a build replaces its whole output folder.' },
    });
  });
});
