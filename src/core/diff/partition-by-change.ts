import type { Diagnostic } from '../diagnostic.ts';
import type { ChangeScope } from './load-change-scope.ts';

/** A catalog's problems split by a change: the ones to report, and the ones left out. */
export interface ChangePartition {
  /** Problems in changed files, and problems the change introduced wherever they are. */
  shown: Diagnostic[];
  /** Problems that were already there, in files the change did not touch. */
  hidden: Diagnostic[];
}

/**
 * Splits problems by a change (`loadChangeScope`): a problem is shown when its file changed or when the change
 * introduced it, and hidden otherwise. Introduced problems are matched one to one by rule, place and message, so a
 * second copy of a pre-existing problem in an untouched file is shown and the first stays hidden.
 */
export function partitionByChange(diagnostics: readonly Diagnostic[], scope: Pick<ChangeScope, 'files' | 'introduced'>): ChangePartition {
  const keyOf = (d: Diagnostic) => `${d.rule}\0${d.file}\0${d.line}\0${d.column}\0${d.message}`;
  const introduced = new Map<string, number>();
  for (const d of scope.introduced) introduced.set(keyOf(d), (introduced.get(keyOf(d)) ?? 0) + 1);
  const shown: Diagnostic[] = [];
  const hidden: Diagnostic[] = [];
  for (const d of diagnostics) {
    const left = introduced.get(keyOf(d)) ?? 0;
    if (left > 0) introduced.set(keyOf(d), left - 1);
    if (scope.files.has(d.file) || left > 0) shown.push(d);
    else hidden.push(d);
  }
  return { shown, hidden };
}
