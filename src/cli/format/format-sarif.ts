import type { Diagnostic } from '../../core/diagnostic.ts';
import { RULES, type RuleId } from '../../core/rules.ts';
import { escapeControl } from './escape-control.ts';
import type { AcceptedDiagnostic } from './format-json.ts';

/**
 * SARIF 2.1.0 for code-scanning UIs: one run, the rules that fired, one result per diagnostic; a finding a disable
 * comment accepted is a result with an in-source suppression and its reason as the justification, as SARIF intends.
 * Control characters escaped as in the JSON format.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], version: string, accepted: readonly AcceptedDiagnostic[] = []): string {
  const ruleIds = [...new Set([...diagnostics, ...accepted.map((a) => a.diagnostic)].map((d) => d.rule))].sort() as RuleId[];
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const region = (p: { line: number; column: number; endLine?: number; endColumn?: number }) => ({
    startLine: p.line,
    startColumn: p.column,
    endLine: p.endLine ?? p.line,
    endColumn: Math.max(p.endColumn ?? p.column, p.column),
  });
  const location = (file: string, p: Parameters<typeof region>[0]) => ({
    physicalLocation: { artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' }, region: region(p) },
  });
  const result = (d: Diagnostic) => ({
    ruleId: d.rule,
    ruleIndex: index.get(d.rule)!,
    level: d.severity,
    message: { text: d.hint ? `${d.message} ${d.hint}` : d.message },
    locations: [location(d.file, d)],
    ...(d.related?.length
      ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, ...location(r.file, r) })) }
      : {}),
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'fieldguide',
          version,
          informationUri: 'https://github.com/fieldguide/fieldguide',
          rules: ruleIds.map((id) => ({
            id,
            shortDescription: { text: RULES[id].description },
            defaultConfiguration: { level: RULES[id].severity },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory fieldguide ran in.' } } },
      results: [
        ...diagnostics.map((d) => result(d)),
        ...accepted.map(({ diagnostic, reason }) => ({ ...result(diagnostic), suppressions: [{ kind: 'inSource', justification: reason }] })),
      ],
    }],
  };
  return `${escapeControl(JSON.stringify(sarif, null, 2))}\n`;
}
