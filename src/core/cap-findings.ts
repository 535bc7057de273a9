import type { Finding } from './diagnostic.ts';
import type { RuleId } from './rules.ts';

/** How many findings of one rule one file shows before the rest are summed up. */
export const MAX_FINDINGS_PER_RULE = 20;

/** What a rule's findings are called in the summary, where "`rule` problems" would read badly. */
const NOUNS: Partial<Record<RuleId, string>> = {
  schema: 'schema problems',
  secret: 'possible secrets',
  'yaml-syntax': 'YAML errors',
  'comment-in-value': 'values cut short by a comment',
};

/**
 * Keeps the first `max` findings of each rule in each file, in the order given, and replaces the rest with one
 * finding at the place of the first one left out ("…and 39,980 more schema problems in this file."), so a file of
 * 40,000 unknown keys gives a readable report. Deterministic: give it findings already in their final order.
 */
export function capFindings<T extends Finding>(findings: readonly T[], max = MAX_FINDINGS_PER_RULE): T[] {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.file}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const kept: T[] = [];
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.file}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    // A summary of one would hide as much as it shows.
    if (index < max || counts.get(key)! === max + 1) {
      kept.push(finding);
    } else if (index === max) {
      const more = counts.get(key)! - max;
      const many = NOUNS[finding.rule] ?? `\`${finding.rule}\` problems`;
      const { endLine: _endLine, endColumn: _endColumn, related: _related, hint: _hint, ...place } = finding;
      kept.push({
        ...place,
        message: `…and ${more.toLocaleString('en-US')} more ${many} in this file.`,
        hint: `Only the first ${max} of each rule are listed per file; fix those and check again.`,
      } as T);
    }
  }
  return kept;
}
