import type { Catalog } from '../core/analyze-catalog.ts';

/**
 * A finding that a `fieldguide-disable-next-line` comment accepted, as plain data for the site: which system, which
 * rule, where, what `check` would have said, and why it is accepted. Shown as an exception, never as a pass.
 */
export interface AcceptedException {
  /** Id of the system whose doc holds the comment. */
  system: string;
  /** Path of the doc, as `check` prints it (the site model swaps in the system page's repository path). */
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning';
  /** The sentence `check` would have printed. */
  message: string;
  /** Why the exception is accepted, as its comment says. */
  reason: string;
}

/** The catalog's accepted exceptions, in `check`'s order, for the content layer to store with the catalog's facts. */
export function toAcceptedExceptions(catalog: Pick<Catalog, 'suppressed'>): AcceptedException[] {
  return catalog.suppressed.map(({ diagnostic: d, reason }) => ({
    system: systemIdOf(d.file), file: d.file, line: d.line, column: d.column, rule: d.rule, severity: d.severity, message: d.message, reason,
  }));
}

/** A system's id is its doc's file name without `.md`. */
function systemIdOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name;
}
