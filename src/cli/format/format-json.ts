import { countDiagnostics, type Diagnostic } from '../../core/diagnostic.ts';
import { escapeControl } from './escape-control.ts';

/** A finding a `fieldguide-disable-next-line` comment accepted, with the comment's reason. */
export interface AcceptedDiagnostic {
  diagnostic: Diagnostic;
  reason: string;
}

/**
 * Machine-readable output with stable field names: `{ version, summary, diagnostics, accepted }`, where `accepted`
 * holds the findings that disable comments accepted, each with its `reason`; control characters that JSON leaves raw
 * (C1, bidi) escaped too.
 */
export function formatJson(diagnostics: readonly Diagnostic[], accepted: readonly AcceptedDiagnostic[] = []): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const out = diagnostics.map(toJson);
  const summary = { errors, warnings, files, accepted: accepted.length };
  const acceptedOut = accepted.map(({ diagnostic, reason }) => ({ ...toJson(diagnostic), reason }));
  return `${escapeControl(JSON.stringify({ version: 1, summary, diagnostics: out, accepted: acceptedOut }, null, 2))}\n`;
}

function toJson(d: Diagnostic) {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine ?? d.line,
    endColumn: d.endColumn ?? d.column,
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    hint: d.hint ?? null,
    related: (d.related ?? []).map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message })),
  };
}
