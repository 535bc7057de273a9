import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { toRepoPaths } from '../../src/cli/to-repo-paths.ts';
import { makeProject, runCli } from '../helpers/run-cli.ts';
import { productionDoc, TEAMS, TODAY } from '../helpers/make-catalog.ts';

const diagnostic = (file: string): Diagnostic => ({
  file, line: 3, column: 1, severity: 'warning', rule: 'stale-review', message: 'old',
  related: [{ file: '../systems/teams.yaml', line: 1, column: 1, message: 'here' }],
} as Diagnostic);

/** A git repository whose catalog lives in `docs/catalog/`, with one doc that has a dangling dependency. */
function repository(): string {
  const root = makeProject({
    'docs/fieldguide.config.yaml': 'systems: catalog\n',
    'docs/catalog/teams.yaml': TEAMS,
    'docs/catalog/bot.md': productionDoc({ name: 'Bot', deps: ['nowhere'] }),
  });
  execFileSync('git', ['init', '-q'], { cwd: root });
  return root;
}

describe('toRepoPaths', () => {
  it('rebases paths printed relative to the working folder onto the repository root', () => {
    expect(toRepoPaths([diagnostic('bot.md')], '/repo/docs/catalog', '/repo')).toEqual([
      { ...diagnostic('docs/catalog/bot.md'), related: [{ file: 'docs/systems/teams.yaml', line: 1, column: 1, message: 'here' }] },
    ]);
  });

  it('leaves them alone at the root, and outside any repository', () => {
    expect(toRepoPaths([diagnostic('systems/bot.md')], '/repo', '/repo')).toEqual([diagnostic('systems/bot.md')]);
    expect(toRepoPaths([diagnostic('systems/bot.md')], '/repo', undefined)).toEqual([diagnostic('systems/bot.md')]);
  });
});

describe('check --format github and sarif from a subfolder', () => {
  it('annotates the file at its path in the repository, wherever check ran from', async () => {
    const root = repository();
    for (const cwd of [join(root, 'docs'), join(root, 'docs/catalog')]) {
      const github = await runCli(['check', '--today', TODAY, '--format', 'github'], cwd);
      expect(github.stdout).toMatch(/^::error file=docs\/catalog\/bot\.md,line=\d+,col=\d+/m);
      const human = await runCli(['check', '--today', TODAY], cwd);
      expect(human.stdout).toContain(cwd.endsWith('catalog') ? 'bot.md:' : 'catalog/bot.md:');
      const sarif = JSON.parse((await runCli(['check', '--today', TODAY, '--format', 'sarif'], cwd)).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      expect(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('docs/catalog/bot.md');
    }
  });
});
