import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, locateCatalog } from '../../src/core/locate-catalog.ts';
import { makeProject, runCli } from '../helpers/run-cli.ts';
import { productionDoc, TEAMS } from '../helpers/make-catalog.ts';

describe('finding the config', () => {
  it('finds the nearest fieldguide.config.yaml upward, and resolves `systems` from its folder', () => {
    const root = makeProject({ '.git/HEAD': 'ref: refs/heads/main\n', 'fieldguide.config.yaml': 'systems: catalog\n', 'catalog/teams.yaml': TEAMS });
    mkdirSync(join(root, 'catalog/deep'), { recursive: true });
    expect(findConfigFile(join(root, 'catalog/deep'))).toBe(join(root, 'fieldguide.config.yaml'));
    expect(locateCatalog({ cwd: join(root, 'catalog/deep') }).dir).toBe(join(root, 'catalog'));
  });

  it('stops at the repository root: a config above the repository is never picked up', () => {
    const base = makeProject({ 'fieldguide.config.yaml': 'systems: elsewhere\n', 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/sub/.keep': '' });
    expect(findConfigFile(join(base, 'repo/sub'))).toBe(join(base, 'repo/sub/fieldguide.config.yaml'));
  });

  it('lets --config name another file', () => {
    const root = makeProject({ 'fieldguide.config.yaml': 'systems: a\n', 'other.yaml': 'systems: b\n' });
    expect(locateCatalog({ cwd: root, configFile: 'other.yaml' }).dir).toBe(join(root, 'b'));
  });

  it('lets `check` run from inside the systems folder, showing paths from there', async () => {
    const root = makeProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'fieldguide.config.yaml': 'systems: systems\n',
      'systems/teams.yaml': TEAMS,
      'systems/app.md': productionDoc({ deps: ['missing-db'] }),
    });
    const result = await runCli(['check', '--today', '2026-11-26'], join(root, 'systems'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('app.md:14:5  error  `depends_on` names `missing-db`');
    expect(result.stdout).toContain('checked 1 doc');
  });
});
