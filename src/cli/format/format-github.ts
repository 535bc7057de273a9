import type { Diagnostic } from '../../core/diagnostic.ts';
import { escapeData, escapeProperty } from './escape-github.ts';
import { escapeControl } from './escape-control.ts';

/** GitHub Actions annotations: one `::error` / `::warning` workflow command per diagnostic; control characters escaped, as the log is a terminal too. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => {
    const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`];
    if (d.endLine !== undefined && d.endLine !== d.line) props.push(`endLine=${d.endLine}`);
    else if (d.endColumn !== undefined && d.endColumn > d.column) props.push(`endColumn=${d.endColumn}`);
    props.push(`title=${escapeProperty(`fieldguide ${d.rule}`)}`);
    const text = [d.message, d.hint, ...(d.related ?? []).map((r) => `${r.file}:${r.line}:${r.column}: ${r.message}`)].filter(Boolean).join('\n');
    return escapeControl(`::${d.severity} ${props.join(',')}::${escapeData(text)}`) + '\n';
  }).join('');
}
