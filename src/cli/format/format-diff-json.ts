import type { CatalogDiff } from '../../core/diff/diff-catalogs.ts';
import { escapeControl } from './escape-control.ts';

/** Machine-readable `fieldguide diff`: the base it compared with, then the diff, field names stable across versions, control characters escaped. */
export function formatDiffJson(diff: CatalogDiff, base: { ref: string; commit: string }): string {
  return `${escapeControl(JSON.stringify({ version: 1, base, ...diff }, null, 2))}\n`;
}
