import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from '../helpers/run-cli.ts';
import { TEAMS, TODAY } from '../helpers/make-catalog.ts';

describe('fieldguide new', () => {
  it('writes a proposal that passes check as written, asking nothing without a terminal', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS });
    const created = await runCli(['new', 'tree-closer', '--owner', 'releng', '--name', 'Tree closer: v2', '--today', TODAY], root);
    expect(created).toEqual({
      code: 0,
      stdout: 'Created systems/tree-closer.md (proposed, from templates/proposal.md).\nIt passes `fieldguide check`; now answer the questions it asks.\n',
      stderr: '',
    });
    const text = readFileSync(join(root, 'systems/tree-closer.md'), 'utf8');
    expect(text).toContain('name: "Tree closer: v2"\n');
    expect(text).toContain('owner: releng');
    expect(await runCli(['check', '--today', TODAY], root)).toEqual({ code: 0, stdout: '✔ No problems in 1 doc.\n', stderr: '' });
  });

  it('takes --config like every other command: the catalog folder its config names', async () => {
    const root = makeProject({ 'catalog/fieldguide.config.yaml': 'systems: docs\n', 'catalog/docs/teams.yaml': TEAMS });
    const created = await runCli(['new', 'queue', '--owner', 'releng', '--config', 'catalog/fieldguide.config.yaml', '--today', TODAY], root);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created catalog\/docs\/queue\.md /);
    expect(existsSync(join(root, 'catalog/docs/queue.md'))).toBe(true);
  });

  it('never overwrites an existing doc', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS, 'systems/taken.md': 'mine\n' });
    const result = await runCli(['new', 'taken', '--owner', 'releng'], root);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'fieldguide new: systems/taken.md already exists; nothing was written.\n' });
    expect(readFileSync(join(root, 'systems/taken.md'), 'utf8')).toBe('mine\n');
  });

  it('rejects an invalid id, a name Windows reserves, an unknown lifecycle and an undeclared owner', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS });
    expect((await runCli(['new', 'Bad_Id', '--owner', 'releng'], root)).stderr).toBe(
      'fieldguide new: `Bad_Id` is not a valid id: use lowercase letters, digits and single hyphens, at most 63 characters.\nRun `fieldguide new --help` for usage.\n',
    );
    expect((await runCli(['new', 'ok', '--owner', 'releng', '--lifecycle', 'live'], root)).code).toBe(2);
    for (const id of ['con', 'nul', 'aux', 'prn', 'com1', 'lpt9']) {
      expect(await runCli(['new', id, '--owner', 'releng'], root)).toEqual({
        code: 2, stdout: '',
        stderr: `fieldguide new: \`${id}\` is not a valid id: Windows reserves the name \`${id}\`, so \`${id}.md\` could not be checked out there. Try \`${id}-system\`.\nRun \`fieldguide new --help\` for usage.\n`,
      });
      expect(existsSync(join(root, `systems/${id}.md`))).toBe(false);
    }
    expect((await runCli(['new', 'ok', '--owner', 'nobody'], root)).stderr).toContain('`nobody` is not a declared team; use one of: releng, it.');
  });

  it('needs --owner when there are several teams and no terminal, and uses the only team otherwise', async () => {
    const several = makeProject({ 'systems/teams.yaml': TEAMS });
    expect(await runCli(['new', 'x'], several)).toEqual({ code: 2, stdout: '', stderr: 'fieldguide new: Pass --owner <team>, one of: releng, it.\nRun `fieldguide new --help` for usage.\n' });
    const one = makeProject({ 'systems/teams.yaml': 'teams:\n  - id: solo\n    name: Solo\n' });
    expect((await runCli(['new', 'x'], one)).code).toBe(0);
    expect(readFileSync(join(one, 'systems/x.md'), 'utf8')).toContain('owner: solo');
  });

  it('asks for what is missing on a terminal', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS });
    const result = await runCli(['new', 'slave-api', '--today', TODAY], root, ['Slave API', 'Reboots slaves over HTTP.', 'it']);
    expect(result.code).toBe(0);
    const text = readFileSync(join(root, 'systems/slave-api.md'), 'utf8');
    expect(text).toContain('name: Slave API\n');
    expect(text).toContain('summary: Reboots slaves over HTTP.\n');
    expect(text).toMatch(/^owner: it #/m);
  });

  it('writes a production skeleton and lists what that lifecycle still needs', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS });
    const result = await runCli(['new', 'big', '--owner', 'releng', '--lifecycle', 'production', '--today', TODAY], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('What a production doc still needs:');
    expect(result.stdout).toContain('systems/big.md:49:26  error  A production system needs `ilities.scalability` assessed (pass, fail or n/a), found `unknown`.  ility-not-assessed');
  });

  it('uses the project\'s own templates when it has them', async () => {
    const root = makeProject({ 'systems/teams.yaml': TEAMS });
    const own = readFileSync(new URL('../../templates/proposal.md', import.meta.url), 'utf8').replace('## Open questions', '## Open questions\n\nHouse style.');
    makeProjectFile(root, 'templates/proposal.md', own);
    await runCli(['new', 'y', '--owner', 'releng'], root);
    expect(readFileSync(join(root, 'systems/y.md'), 'utf8')).toContain('House style.');
  });
});

function makeProjectFile(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('fieldguide new from a subfolder', () => {
  it('uses the project\'s own templates beside its config, not the working folder\'s', async () => {
    const proposal = readFileSync(new URL('../../templates/proposal.md', import.meta.url), 'utf8').replace('## Overview', '## Overview\n\nOur house template.');
    const root = makeProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'fieldguide.config.yaml': 'systems: systems\n',
      'systems/teams.yaml': TEAMS,
      'templates/proposal.md': proposal,
    });
    const created = await runCli(['new', 'tree-closer', '--owner', 'releng', '--name', 'Tree closer', '--today', TODAY], join(root, 'systems'));
    expect(created.code).toBe(0);
    expect(readFileSync(join(root, 'systems/tree-closer.md'), 'utf8')).toContain('Our house template.');
  });
});
