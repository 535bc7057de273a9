import type { Finding, Place } from '../diagnostic.ts';
import type { RuleId } from '../rules.ts';
import type { Suppression } from './find-suppressions.ts';

/** A finding a suppression silenced: an accepted exception, kept with the reason its comment gives. */
export interface SuppressedFinding<T extends Finding = Finding> {
  finding: T;
  reason: string;
}

/** What is left to report, what was accepted, and the suppressions that silenced nothing. */
export interface AppliedSuppressions<T extends Finding> {
  /** The findings no suppression covers, in the order given (and the very objects given). */
  kept: T[];
  suppressed: SuppressedFinding<T>[];
  /** One `unused-suppression` finding per comment that silences nothing, or per rule list with ids that do not. */
  unused: Finding[];
}

/**
 * Removes each finding whose rule a suppression names for the finding's line (its start line), and reports the
 * suppressions, or ids in a suppression's list, that silenced nothing, with where that rule is reported instead.
 * An `unused-suppression` finding is never silenced, so a stale comment cannot hide another.
 */
export function applySuppressions<T extends Finding>(findings: readonly T[], suppressions: readonly Suppression[]): AppliedSuppressions<T> {
  const byTarget = new Map<string, { suppression: number; rule: number }>();
  const used = suppressions.map((s) => s.rules.map(() => false));
  suppressions.forEach((s, i) => s.rules.forEach((r, j) => {
    const key = keyOf(s.file, s.targetLine, r.rule);
    if (!byTarget.has(key)) byTarget.set(key, { suppression: i, rule: j });
  }));

  const kept: T[] = [];
  const suppressed: SuppressedFinding<T>[] = [];
  for (const finding of findings) {
    const hit = finding.rule === 'unused-suppression' ? undefined : byTarget.get(keyOf(finding.file, finding.line, finding.rule));
    if (hit) {
      used[hit.suppression]![hit.rule] = true;
      suppressed.push({ finding, reason: suppressions[hit.suppression]!.reason });
    } else {
      kept.push(finding);
    }
  }

  const unused: Finding[] = [];
  let reported: Map<string, number[]> | undefined;
  suppressions.forEach((s, i) => {
    const idle = s.rules.filter((_, j) => !used[i]![j]);
    if (idle.length === 0) return;
    reported ??= linesByRule(kept);
    unused.push(unusedFinding(s, idle, idle.length === s.rules.length, reported));
  });
  return { kept, suppressed, unused };
}

function unusedFinding(s: Suppression, idle: Suppression['rules'], all: boolean, reported: Map<string, number[]>): Finding {
  const ids = idle.map((r) => `\`${r.rule}\``).join(' or ');
  const place: Place = all ? s.place : idle[0]!.place;
  const message = all
    ? `Nothing on line ${s.targetLine} is reported as ${ids}, so this suppression silences nothing.`
    : `Nothing on line ${s.targetLine} is reported as ${ids}, so ${idle.length === 1 ? 'it' : 'they'} can be removed from this suppression.`;
  const elsewhere = idle.map((r) => [r.rule, nearest(reported.get(`${s.file}\u0000${r.rule}`), s.targetLine)] as const);
  const moved = elsewhere.filter(([, line]) => line !== undefined).map(([rule, line]) => `\`${rule}\` is reported on line ${line}`);
  const hint = moved.length > 0
    ? `A suppression silences only the line right after it: ${moved.join(', ')}. Move the comment just above that line.`
    : all
      ? 'Remove the comment: nothing in this file is reported as that any more.'
      : 'Remove the id from the list: nothing in this file is reported as that any more.';
  return { file: s.file, ...place, rule: 'unused-suppression', message, hint };
}

/** The sorted start lines of each file's unsilenced findings per rule, for saying where a misplaced suppression should go. */
function linesByRule(findings: readonly Finding[]): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const f of findings) {
    const key = `${f.file}\u0000${f.rule}`;
    const list = lines.get(key);
    if (list) list.push(f.line);
    else lines.set(key, [f.line]);
  }
  for (const list of lines.values()) list.sort((a, b) => a - b);
  return lines;
}

/** The line in sorted `lines` closest to `target` (the earlier one on a tie), if any. */
function nearest(lines: readonly number[] | undefined, target: number): number | undefined {
  if (!lines || lines.length === 0) return undefined;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  const after = lines[lo];
  const before = lo > 0 ? lines[lo - 1] : undefined;
  if (before === undefined) return after;
  if (after === undefined) return before;
  return target - before <= after - target ? before : after;
}

function keyOf(file: string, line: number, rule: RuleId): string {
  return `${file}\u0000${line}\u0000${rule}`;
}
