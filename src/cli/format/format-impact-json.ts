import type { ImpactReport } from '../../core/graph/build-impact-report.ts';
import { escapeControl } from './escape-control.ts';

/** Machine-readable `fieldguide impact`: the report with counts, field names stable across versions, control characters escaped. */
export function formatImpactJson(report: ImpactReport): string {
  const hard = report.entries.filter((e) => e.hard).length;
  const summary = {
    total: report.entries.length,
    direct: report.entries.filter((e) => e.direct).length,
    hard,
    soft: report.entries.length - hard,
  };
  return `${escapeControl(JSON.stringify({ version: 1, ...report, summary }, null, 2))}\n`;
}
