import type { CatalogDiff, ChangeImpact, SystemChange } from '../../core/diff/diff-catalogs.ts';
import type { SystemRef } from '../../core/graph/build-impact-report.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { escapeControl } from './escape-control.ts';

/** What the summary says about the comparison itself. */
export interface DiffContext {
  /** The ref as the user gave it (`origin/main`). */
  base: string;
  commit: string;
  /** Readiness level id -> name. */
  levels: ReadonlyMap<string, string>;
}

/** Dependents listed per changed system before "and N more", so a comment stays readable. */
const MAX_LISTED = 30;

/**
 * The pull-request summary of `fieldguide diff`: what was added, removed, renamed and changed, and who is impacted.
 * GitHub-flavored Markdown, for a job summary or a PR comment. Control characters are escaped: it is often printed in a terminal.
 */
export function formatDiffMarkdown(diff: CatalogDiff, context: DiffContext): string {
  return escapeControl(composeDiffMarkdown(diff, context));
}

function composeDiffMarkdown(diff: CatalogDiff, context: DiffContext): string {
  // Inside a code span backslashes are literal, so the ref is shown as written, minus any backtick.
  const against = `\`${context.base.replace(/`/g, '')}\` (${context.commit.slice(0, 7)})`;
  const lines = ['### fieldguide: catalog changes', ''];
  const counts = [
    [diff.added.length, 'added'], [diff.removed.length, 'removed'], [diff.renamed.length, 'renamed'], [diff.changed.length, 'changed'],
  ].filter(([n]) => n !== 0).map(([n, what]) => `${n} ${what}`);
  if (counts.length === 0) return `${lines.join('\n')}\nNo changes to the catalog compared with ${against}.\n`;
  const reach = diff.impacted.systems === 0
    ? 'No other system depends on what changed.'
    : `They impact ${plural(diff.impacted.systems, 'other system')} owned by ${plural(diff.impacted.teams.length, 'team')}: ${teamList(diff.impacted.teams)}.`;
  lines.push(`Compared with ${against}: ${counts.join(', ')}. ${reach}`);

  const level = (id: string | null) => (id === null ? 'none' : context.levels.get(id) ?? id);
  const levelCell = (id: string | null) => (id === null ? '–' : level(id));
  if (diff.added.length > 0) {
    lines.push('', '#### Added', '', '| System | Owner | Lifecycle | Tier | Readiness |', '| --- | --- | --- | --- | --- |');
    for (const s of diff.added) lines.push(`| ${name(s)} | \`${s.owner}\` | ${s.lifecycle} | ${s.tier ?? '–'} | ${levelCell(s.readiness)} |`);
  }
  if (diff.removed.length > 0) {
    const impactOf = new Map(diff.impact.filter((i) => i.change === 'removed').map((i) => [i.id, i]));
    lines.push('', '#### Removed', '', '| System | Owner | Lifecycle | Tier | Depended on by |', '| --- | --- | --- | --- | --- |');
    for (const s of diff.removed) lines.push(`| ${name(s)} | \`${s.owner}\` | ${s.lifecycle} | ${s.tier ?? '–'} | ${impactOf.get(s.id)!.dependents.length} |`);
  }
  if (diff.renamed.length > 0) {
    lines.push('', '#### Renamed', '');
    for (const change of diff.renamed) {
      lines.push(`- \`${change.previousId}\` → ${name(change.system)}`, ...describeChange(change, level).map((l) => `  - ${l}`));
    }
  }
  if (diff.changed.length > 0) {
    lines.push('', '#### Changed', '');
    for (const change of diff.changed) lines.push(`- ${name(change.system)}`, ...describeChange(change, level).map((l) => `  - ${l}`));
  }

  lines.push('', '#### Impact: whom to ask', '', '| System | Change | Dependents | Would break | Owner teams of dependents |', '| --- | --- | --- | --- | --- |');
  for (const i of diff.impact) lines.push(`| \`${i.id}\` | ${i.change} | ${i.dependents.length} | ${i.hard} | ${i.teams.length > 0 ? teamList(i.teams) : '–'} |`);
  const withDependents = diff.impact.filter((i) => i.dependents.length > 0);
  if (withDependents.length > 0) {
    lines.push('', '<details><summary>Dependents of each system (nearest first)</summary>', '');
    for (const i of withDependents) lines.push(`- \`${i.id}\`: ${listDependents(i)}`);
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}

function describeChange(change: SystemChange, level: (id: string | null) => string): string[] {
  const out: string[] = [];
  for (const f of change.fields) {
    const show = f.field === 'name' ? (v: string | number | null) => (v === null ? '(none)' : escapeMarkdown(String(v))) : value;
    out.push(`${f.field}: ${show(f.before)} → ${show(f.after)}`);
  }
  const d = change.dependencies;
  const deps = [
    ...d.added.map((x) => `added \`${x.id}\` (${x.strength})`),
    ...d.removed.map((x) => `removed \`${x.id}\``),
    ...d.strength.map((x) => `\`${x.id}\` ${x.before} → ${x.after}`),
  ];
  if (deps.length > 0) out.push(`depends_on: ${deps.join('; ')}`);
  if (change.readiness) out.push(`readiness: ${level(change.readiness.before)} → ${level(change.readiness.after)}`);
  const also = [...change.otherFields.map((f) => `\`${f}\``), ...(change.body ? ['the body text'] : [])];
  if (also.length > 0) out.push(`${out.length > 0 ? 'also changed' : 'changed'}: ${also.join(', ')}`);
  return out;
}

function listDependents(impact: ChangeImpact): string {
  const shown = impact.dependents.slice(0, MAX_LISTED).map((id) => `\`${id}\``).join(', ');
  const more = impact.dependents.length - MAX_LISTED;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

function name(system: SystemRef): string {
  return `\`${system.id}\` ${escapeMarkdown(system.name)}`;
}

function value(v: string | number | null): string {
  return v === null ? '(none)' : typeof v === 'number' ? String(v) : `\`${v}\``;
}

function teamList(teams: readonly { id: string; systems: number }[]): string {
  return teams.map((t) => `\`${t.id}\` (${t.systems})`).join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
