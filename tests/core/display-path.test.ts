import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, findRepoRoot, repoPath } from '../../src/core/display-path.ts';

/** A fresh folder with `files` (paths ending in `/` are folders). */
function tree(files: string[]): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'fieldguide-paths-')));
  for (const file of files) {
    if (file.endsWith('/')) mkdirSync(join(root, file), { recursive: true });
    else writeFileSync(join(root, file), '');
  }
  return root;
}

describe('displayPath', () => {
  it('is relative to the working folder, with ../ outside it, and never absolute', () => {
    expect(displayPath('/home/ada/project', '/home/ada/project/systems/aus.md')).toBe('systems/aus.md');
    expect(displayPath('/home/ada/project', '/home/ada/project')).toBe('.');
    expect(displayPath('/home/ada/project/docs', '/home/ada/project/systems/aus.md')).toBe('../systems/aus.md');
    expect(displayPath('/work/site', '/tmp/catalog/systems/aus.md')).toBe('../../tmp/catalog/systems/aus.md');
  });
});

describe('findRepoRoot and repoPath', () => {
  it('start from the nearest folder holding .git, whatever the working folder', () => {
    const root = tree(['.git/', 'fieldguide.config.yaml', 'docs/', 'docs/catalog/', 'docs/fieldguide.config.yaml']);
    const dir = join(root, 'docs', 'catalog');
    expect(findRepoRoot(dir)).toBe(root);
    // The doc's path as loaded from any working folder: only its name and the catalog folder count.
    for (const loaded of ['docs/catalog/aus.md', '../../x/docs/catalog/aus.md', join(dir, 'aus.md')]) {
      expect(repoPath(dir, loaded)).toBe('docs/catalog/aus.md');
    }
  });

  it('fall back to the folder of fieldguide.config.yaml, then to the folder holding the catalog folder', () => {
    const withConfig = tree(['fieldguide.config.yaml', 'docs/systems/']);
    expect(repoPath(join(withConfig, 'docs', 'systems'), 'aus.md')).toBe('docs/systems/aus.md');
    const bare = tree(['project/systems/']);
    expect(findRepoRoot(join(bare, 'project', 'systems'))).toBe(join(bare, 'project'));
    expect(repoPath(join(bare, 'project', 'systems'), '/somewhere/else/aus.md')).toBe('systems/aus.md');
  });
});

describe('repoPath for a doc in a subfolder of the catalog', () => {
  it('keeps the subfolder, from any working folder', async () => {
    const { mkdtempSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = mkdtempSync(join(tmpdir(), 'fieldguide-repo-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'docs/systems/platform'), { recursive: true });
    const dir = join(root, 'docs/systems');
    expect(repoPath(dir, 'systems/platform/queue.md', join(root, 'docs'))).toBe('docs/systems/platform/queue.md');
    expect(repoPath(dir, 'queue.md', join(root, 'docs/systems/platform'))).toBe('docs/systems/platform/queue.md');
  });
});
