import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResults } from '../../../src/core/analyze-catalog.ts';
import { loadChangeScope } from '../../../src/core/diff/load-change-scope.ts';
import { loadCatalog } from '../../../src/core/load-catalog.ts';
import { makeProject } from '../../helpers/run-cli.ts';
import { productionDoc, TEAMS, TODAY } from '../../helpers/make-catalog.ts';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' }).toString('utf8').trim();

describe('loadChangeScope with the work tree analyzed already (check --changed-since)', () => {
  it('compares the base with the analysis it is given instead of analyzing the work tree again', async () => {
    const root = makeProject({
      'fieldguide.config.yaml': 'check:\n  rules:\n    below-readiness-level: off\n',
      'systems/teams.yaml': TEAMS,
      'systems/kept.md': productionDoc({ name: 'Kept' }),
      'systems/edited.md': productionDoc({ name: 'Edited' }),
    });
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'Catalog');
    writeFileSync(join(root, 'systems/edited.md'), productionDoc({ name: 'Edited', deps: ['gone'] }));
    const fileResults: FileResults = new Map();
    const head = await loadCatalog({ cwd: root, today: TODAY, fileResults });
    // A problem only the given analysis has: seen as introduced, so that analysis is what was compared.
    head.diagnostics.push({ ...head.diagnostics[0]!, file: 'systems/kept.md', message: 'Only in the given analysis.' });
    const scope = await loadChangeScope({ cwd: root, ref: 'HEAD', today: TODAY, analyzed: { head, fileResults } });
    expect(scope.introduced.map((d) => `${d.file} ${d.rule}`).sort()).toEqual([`systems/edited.md unknown-dependency`, `systems/kept.md ${head.diagnostics[0]!.rule}`].sort());
    expect(scope.introduced.some((d) => d.message === 'Only in the given analysis.')).toBe(true);
  });
});
