import type { CatalogDiff } from '../../core/diff/diff-catalogs.ts';

/** Machine-readable `fieldguide diff`: the base it compared with, then the diff, field names stable across versions. */
export function formatDiffJson(diff: CatalogDiff, base: { ref: string; commit: string }): string {
  return `${JSON.stringify({ version: 1, base, ...diff }, null, 2)}\n`;
}
