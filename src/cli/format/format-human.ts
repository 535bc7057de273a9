import { countDiagnostics, type Diagnostic } from '../../core/diagnostic.ts';
import { escapeControl as shown } from './escape-control.ts';

/** Options for the human format. */
export interface HumanOptions {
  /** Use ANSI colors (only for terminals; never when NO_COLOR is set). */
  color?: boolean;
  /** How many docs were checked, for the summary line. */
  checked?: number;
  /** The catalog's size when only some of its docs were checked (`check <file>`): "1 of 40 docs". */
  of?: number;
  /** How many findings `fieldguide-disable-next-line` comments accepted, so a clean summary does not hide them. */
  accepted?: number;
}

/**
 * The default format: one line per problem starting with `path:line:col` (so terminals and editors can jump there),
 * then severity, message and rule id, with hints and related places indented below; a summary line last.
 * Paths and text from the catalog are escaped before they are painted, so only the format's own colors reach the terminal.
 */
export function formatHuman(diagnostics: readonly Diagnostic[], options: HumanOptions = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const d of diagnostics) {
    const severity = d.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
    lines.push(`${paint('1', `${shown(d.file)}:${d.line}:${d.column}`)}  ${severity}  ${shown(d.message)}  ${paint('2', d.rule)}`);
    if (d.hint) lines.push(`  ${paint('36', 'hint:')} ${shown(d.hint)}`);
    for (const r of d.related ?? []) lines.push(`  ${paint('2', `${shown(r.file)}:${r.line}:${r.column}`)}  ${shown(r.message)}`);
  }
  const { errors, warnings } = countDiagnostics(diagnostics);
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const docs = options.checked === undefined ? '' : options.of !== undefined ? `${options.checked} of ${plural(options.of, 'doc')}` : plural(options.checked, 'doc');
  const checked = docs ? ` in ${docs}` : '';
  const accepted = options.accepted ? `; ${plural(options.accepted, 'accepted exception')}` : '';
  if (errors + warnings === 0) {
    lines.push(paint('32', `✔ No problems${checked}${accepted}.`));
  } else {
    if (lines.length > 0) lines.push('');
    const summary = `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')}${docs ? `; checked ${docs}` : ''}${accepted}.`;
    lines.push(paint(errors > 0 ? '31' : '33', summary));
  }
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
