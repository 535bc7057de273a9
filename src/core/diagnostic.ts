import type { RuleId } from './rules.ts';

/** How bad a problem is; `off` rules never produce a diagnostic. */
export type Severity = 'error' | 'warning';

/** A place in a file: 1-based line and column, with an optional end. */
export interface Place {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Another place that explains a diagnostic, such as the first of two duplicates. */
export interface RelatedPlace extends Place {
  file: string;
  message: string;
}

/** One problem in the catalog, as plain data: where, which rule, how bad, and why. */
export interface Diagnostic extends Place {
  /** Path of the file, relative to the working directory, with `/` separators. */
  file: string;
  rule: RuleId;
  severity: Severity;
  /** One sentence saying what is wrong. */
  message: string;
  /** How to fix it, when that is not obvious from the message. */
  hint?: string;
  related?: RelatedPlace[];
}

/** A rule's finding before configuration decides its severity. */
export type Finding = Omit<Diagnostic, 'severity'>;

/** Sorts diagnostics by file, then position, then rule, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Counts errors and warnings. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
