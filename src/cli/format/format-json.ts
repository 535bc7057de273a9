import { countDiagnostics, type Diagnostic } from '../../core/diagnostic.ts';
import { escapeControl } from './escape-control.ts';

/** Machine-readable output with stable field names: `{ version, summary, diagnostics }`; control characters that JSON leaves raw (C1, bidi) escaped too. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const out = diagnostics.map((d) => ({
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
  }));
  return `${escapeControl(JSON.stringify({ version: 1, summary: { errors, warnings, files }, diagnostics: out }, null, 2))}\n`;
}
