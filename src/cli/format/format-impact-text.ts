import type { ImpactReport, ImpactReportEntry, SystemRef } from '../../core/graph/build-impact-report.ts';
import { escapeControl } from './escape-control.ts';

/**
 * The human format of `fieldguide impact`: a headline, then the systems that break (all-hard path) and those that
 * only degrade (a soft dependency on the path), each with tier, lifecycle, owner and the path written as
 * "depends on" arrows (`→` hard, `⇢` soft). Control characters in names are escaped.
 */
export function formatImpactText(report: ImpactReport): string {
  return escapeControl(composeImpactText(report));
}

function composeImpactText(report: ImpactReport): string {
  const { system, entries, direction } = report;
  const who = `${system.id} (${describe(system)})`;
  const within = report.maxDepth !== null ? ` within ${report.maxDepth} hop${report.maxDepth === 1 ? '' : 's'}` : '';
  if (entries.length === 0) {
    return `${direction === 'dependents' ? `Nothing depends on ${who}${within}.` : `${who} depends on nothing${within}.`}\n`;
  }
  const direct = entries.filter((e) => e.direct).length;
  const count = `${entries.length} system${entries.length === 1 ? '' : 's'}${within}, ${direct} directly`;
  const lines = [direction === 'dependents' ? `What depends on ${who}: ${count}.` : `What ${who} depends on: ${count}.`];
  const hard = entries.filter((e) => e.hard);
  const soft = entries.filter((e) => !e.hard);
  const width = Math.max(...entries.map((e) => e.id.length));
  const ownerWidth = Math.max(...entries.map((e) => e.owner.length));
  const row = (e: ImpactReportEntry) =>
    `  ${e.id.padEnd(width)}  ${(e.tier !== null ? `tier ${e.tier}` : 'no tier').padEnd(7)}  ${e.lifecycle.padEnd(12)}  ${e.owner.padEnd(ownerWidth)}  ${renderPath(e, direction)}`;
  const [hardTitle, softTitle] = direction === 'dependents'
    ? ['Breaks if it goes down (every dependency on the path is hard)', 'Degrades (the path goes through a soft dependency)']
    : ['Needed: it breaks if one goes down (every dependency on the path is hard)', 'Used softly: it degrades if one goes down (a soft dependency on the path)'];
  if (hard.length > 0) lines.push('', `${hardTitle}: ${hard.length}`, ...hard.map(row));
  if (soft.length > 0) lines.push('', `${softTitle}: ${soft.length}`, ...soft.map(row));
  lines.push('', `Owner teams: ${report.teams.map((t) => `${t.id} (${t.systems})`).join(', ')}`);
  lines.push('→ hard dependency, ⇢ soft dependency');
  return `${lines.join('\n')}\n`;
}

/** The path as "depends on" arrows, the dependent always on the left. */
function renderPath(entry: ImpactReportEntry, direction: ImpactReport['direction']): string {
  const nodes = direction === 'dependents' ? [...entry.path].reverse() : entry.path;
  const steps = direction === 'dependents' ? [...entry.steps].reverse() : entry.steps;
  return nodes.map((id, i) => (i === 0 ? id : `${steps[i - 1]!.strength === 'hard' ? '→' : '⇢'} ${id}`)).join(' ');
}

function describe(system: SystemRef): string {
  return [system.name, system.tier !== null ? `tier ${system.tier}` : undefined, system.lifecycle, system.owner].filter(Boolean).join(', ');
}
