import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCatalog } from '../../../src/core/load-catalog.ts';
import { importBackstage } from '../../../src/core/backstage/import-backstage.ts';
import type { Diagnostic } from '../../../src/core/diagnostic.ts';
import { EXAMPLE_TODAY, type ExampleFile, type RuleExample } from '../../../src/core/rules/define-rule.ts';
import { TEAMS } from '../../helpers/make-catalog.ts';

/**
 * Writes a rule's example catalog to a fresh folder and loads it as `check` does (the real loader: links, folders and
 * sizes are what they are on disk), on the examples' date; returns every diagnostic.
 */
export async function runExample(example: RuleExample): Promise<Diagnostic[]> {
  const root = mkdtempSync(join(tmpdir(), 'fieldguide-rule-'));
  try {
    const files: Record<string, ExampleFile | null> = { 'systems/teams.yaml': TEAMS, ...example.files };
    mkdirSync(join(root, 'systems'), { recursive: true });
    for (const [path, content] of Object.entries(files)) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      if (content === null) continue;
      if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(target, content);
      else if ('folder' in content) mkdirSync(target);
      else if ('link' in content) symlinkSync(content.link, target);
      else writeFileSync(target, Buffer.alloc(content.bytes, 'a'));
    }
    const catalog = await loadCatalog({ cwd: root, today: EXAMPLE_TODAY });
    // The import rules' examples are Backstage descriptors: they are imported (a dry run), as `import backstage` would.
    const imported = 'backstage/catalog-info.yaml' in files
      ? importBackstage({ cwd: root, paths: ['backstage/catalog-info.yaml'], dir: join(root, 'systems'), existing: 'skip', dryRun: true }).diagnostics
      : [];
    return [...catalog.diagnostics, ...imported];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
