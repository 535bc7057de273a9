import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { buildSite } from './build-site.ts';
import { findBrokenLinks } from './find-broken-links.ts';

// Backstage's own example catalog, imported (issue 11), builds as a site whose every link resolves.
const BACKSTAGE = '/work/shared/examples/backstage';
const work = inject('workDir');

describe('a catalog imported from Backstage', () => {
  it('passes check and builds as a site with a page per imported system and no broken link', async () => {
    const project = join(work, 'backstage-import');
    await mkdir(join(project, 'systems'), { recursive: true });
    await writeFile(join(project, 'fieldguide.config.yaml'), 'systems: systems\nsite:\n  title: Imported from Backstage\n  base: /\n');
    const imported = await runCli(['import', 'backstage', join(BACKSTAGE, 'all.yaml'), join(BACKSTAGE, 'acme/org.yaml')], project);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    const docs = readdirSync(join(project, 'systems')).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3));
    expect(docs).toEqual(expect.arrayContaining(['artist-lookup', 'artists-db', 'wayback-search']));
    expect((await runCli(['check'], project)).code).toBe(0);

    const out = join(project, 'dist');
    const built = await buildSite([join(project, 'systems'), '--config', join(project, 'fieldguide.config.yaml'), '--out', out]);
    expect(built.code, built.stderr).toBe(0);
    for (const id of docs) expect(existsSync(join(out, 'systems', id, 'index.html')), id).toBe(true);
    expect(await findBrokenLinks(out, '/')).toEqual([]);
  }, 120_000);
});
