import type { CatalogSystem } from '../model.ts';
import type { ReadinessCriterion } from '../types/config.ts';
import { daysBetween, normalizeHeading } from '../validate/check-gate.ts';
import { describeScope, matchScope } from './match-scope.ts';
import { isFieldAnswered } from '../is-field-answered.ts';
import type { TeamContacts } from './team-contacts.ts';

/** The outcome of one criterion for one system. */
export type CriterionStatus = 'pass' | 'fail' | 'n/a' | 'not-assessed';

/** The dates and ages that time-based criteria compare against. */
export interface ReadinessContext {
  /** Today's date, YYYY-MM-DD. */
  today: string;
  reviewMaxAgeDays: number;
  failureModeMaxAgeDays: number;
  /** Contact fields each team declares: a system without `contacts` is reached through its owning team's, as its page shows. */
  teamContacts?: TeamContacts;
}

/** A status and, unless it passed, one sentence on why. */
export interface CriterionOutcome {
  status: CriterionStatus;
  detail?: string;
}

/** Normalized headings per system, so ten section criteria read them once. */
const headingSets = new WeakMap<CatalogSystem, Set<string>>();

/** The `n/a` detail per criterion, worded once. */
const scopeDetails = new WeakMap<ReadinessCriterion, string>();

/** Runs one criterion's check against a system's doc. */
export function evaluateCriterion(system: CatalogSystem, criterion: ReadinessCriterion, context: ReadinessContext): CriterionOutcome {
  if (!matchScope(system, criterion.applies_to)) {
    let detail = scopeDetails.get(criterion);
    if (detail === undefined) scopeDetails.set(criterion, (detail = `Applies only to ${describeScope(criterion.applies_to!)}.`));
    return { status: 'n/a', detail };
  }
  const { data } = system;
  const check = criterion.check;
  if (check.field !== undefined) {
    if (isFieldAnswered(data, check.field)) return { status: 'pass' };
    if (answeredByTeam(system, check.field, context.teamContacts)) return { status: 'pass' };
    return { status: 'fail', detail: `\`${check.field}\` is missing or empty.` };
  }
  if (check.section !== undefined) {
    let headings = headingSets.get(system);
    if (!headings) headingSets.set(system, (headings = new Set(system.headings.map((h) => normalizeHeading(h.text)))));
    return headings.has(normalizeHeading(check.section))
      ? { status: 'pass' }
      : { status: 'fail', detail: `There is no \`## ${check.section}\` section.` };
  }
  if (check.ility !== undefined) {
    const entry = data.ilities?.[check.ility];
    if (!entry) return { status: 'not-assessed', detail: `\`ilities.${check.ility}\` is missing.` };
    if (entry.status === 'unknown') return { status: 'not-assessed', detail: `\`ilities.${check.ility}\` is \`unknown\`.` };
    if (entry.status === 'pass') return { status: 'pass' };
    return { status: entry.status, detail: `\`ilities.${check.ility}\` is \`${entry.status}\`.` };
  }
  if (check.min_experts !== undefined) {
    const count = data.experts?.length ?? 0;
    return count >= check.min_experts ? { status: 'pass' } : { status: 'fail', detail: `${count} of ${check.min_experts} experts named.` };
  }
  if (check.min_failure_modes !== undefined) {
    const count = data.failure_modes?.length ?? 0;
    return count >= check.min_failure_modes ? { status: 'pass' } : { status: 'fail', detail: `${count} of ${check.min_failure_modes} failure modes described.` };
  }
  if (check.failure_modes_exercised) {
    const modes = data.failure_modes ?? [];
    if (modes.length === 0) return { status: 'fail', detail: 'No failure modes are described.' };
    const stale = modes.filter((m) => !m.last_exercised || daysBetween(m.last_exercised, context.today) > context.failureModeMaxAgeDays).length;
    return stale === 0
      ? { status: 'pass' }
      : { status: 'fail', detail: `${stale} of ${modes.length} failure modes not exercised in the last ${context.failureModeMaxAgeDays} days.` };
  }
  if (check.reviewed) {
    const reviewed = data.review?.last_reviewed;
    if (!reviewed) return { status: 'fail', detail: 'The doc has no `review.last_reviewed`.' };
    const age = daysBetween(reviewed, context.today);
    return age <= context.reviewMaxAgeDays
      ? { status: 'pass' }
      : { status: 'fail', detail: `Last reviewed ${age} days ago; the limit is ${context.reviewMaxAgeDays}.` };
  }
  return { status: 'fail', detail: 'The criterion has no check.' };
}



/**
 * True when `contacts` (or one of its fields) is left out of the doc and the owning team declares it: the system page
 * shows the team's contacts then, so readiness counts them too. A system with its own `contacts` is judged on those.
 */
function answeredByTeam(system: CatalogSystem, field: string, teamContacts: TeamContacts | undefined): boolean {
  if (!teamContacts || system.data.contacts !== undefined) return false;
  const declared = teamContacts.get(system.data.owner);
  if (!declared || declared.size === 0) return false;
  if (field === 'contacts') return true;
  return field.startsWith('contacts.') && declared.has(field.slice('contacts.'.length));
}
