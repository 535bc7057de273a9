import type { CatalogDiff, ChangeImpact, SystemChange } from '../../core/diff/diff-catalogs.ts';
import type { SystemRef } from '../../core/graph/build-impact-report.ts';
import type { Diagnostic } from '../../core/diagnostic.ts';
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

/** Problems listed per section before "and N more"; `check` lists them all. */
const MAX_PROBLEMS = 50;

/**
 * The pull-request summary of `fieldguide diff`: the problems the change introduces and fixes first, when there are
 * any, then what was added, removed, renamed and changed, and who is impacted.
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
  const problems = describeProblems(diff);
  if (counts.length === 0 && problems.length === 0) return `${lines.join('\n')}\nNo changes to the catalog compared with ${against}.\n`;
  if (counts.length === 0) {
    lines.push(`Compared with ${against}: ${problemCounts(diff)}; no system was added, removed, renamed or changed.`, ...problems);
    return `${lines.join('\n')}\n`;
  }
  const reach = diff.impacted.systems === 0
    ? 'No other system depends on what changed.'
    : `They impact ${plural(diff.impacted.systems, 'other system')} owned by ${plural(diff.impacted.teams.length, 'team')}: ${teamList(diff.impacted.teams)}.`;
  const lead = problems.length > 0 ? `${problemCounts(diff)}; ` : '';
  lines.push(`Compared with ${against}: ${lead}${counts.join(', ')}. ${reach}`, ...problems);

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

/** What the change does to the catalog's problems, as a clause: "it introduces 4 problems (4 errors) and fixes 1". */
function problemCounts(diff: CatalogDiff): string {
  const parts: string[] = [];
  if (diff.introduced.length > 0) {
    const errors = diff.introduced.filter((d) => d.severity === 'error').length;
    const warnings = diff.introduced.length - errors;
    const detail = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
    parts.push(`introduces ${plural(diff.introduced.length, 'problem')} (${detail})`);
  }
  if (diff.fixed.length > 0) parts.push(`fixes ${plural(diff.fixed.length, 'problem')}`);
  return `the change ${parts.join(' and ')}`;
}

/** The sections listing introduced and fixed problems, each at its `file:line`; none when there are none. */
function describeProblems(diff: CatalogDiff): string[] {
  const out: string[] = [];
  const section = (title: string, problems: readonly Diagnostic[]) => {
    if (problems.length === 0) return;
    out.push('', `#### ${title}`, '', ...problems.slice(0, MAX_PROBLEMS).map(describeProblem));
    if (problems.length > MAX_PROBLEMS) out.push(`- and ${problems.length - MAX_PROBLEMS} more: run \`fieldguide check\``);
  };
  section('Problems this change introduces', diff.introduced);
  section('Problems this change fixes', diff.fixed);
  return out;
}

function describeProblem(d: Diagnostic): string {
  return `- \`${d.file.replace(/`/g, '')}:${d.line}\` ${d.severity} \`${d.rule}\`: ${markdownMessage(d.message)}`;
}

/**
 * A diagnostic message for Markdown: its code spans are kept as written, and the prose around them is escaped,
 * since messages quote values from the docs (an `@team` would otherwise notify a team on GitHub).
 */
function markdownMessage(message: string): string {
  return message.replace(/\s+/g, ' ').split(/(`[^`]*`)/).map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\`*_[\]<>|~#@!]/g, (c) => `\\${c}`))).join('');
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

/** How many teams the summary line names; the impact table below lists them all, system by system. */
const MAX_TEAMS_NAMED = 10;

/** The most affected teams first (as given), at most {@link MAX_TEAMS_NAMED}, then how many more. */
function teamList(teams: readonly { id: string; systems: number }[]): string {
  const named = teams.slice(0, MAX_TEAMS_NAMED).map((t) => `\`${t.id}\` (${t.systems})`).join(', ');
  return teams.length > MAX_TEAMS_NAMED ? `${named} and ${teams.length - MAX_TEAMS_NAMED} more` : named;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
