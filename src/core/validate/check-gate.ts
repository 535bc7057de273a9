import type { Finding, Place } from '../diagnostic.ts';
import type { CatalogSystem } from '../model.ts';
import type { Gate } from '../types/config.ts';
import { ILITIES } from '../config/default-gates.ts';
import { isFieldAnswered } from '../is-field-answered.ts';

/** What the gate check needs beyond the system itself. */
export interface GateContext {
  gate: Gate;
  /** Today's date, YYYY-MM-DD. */
  today: string;
  reviewMaxAgeDays: number;
}

/** Checks a system against its lifecycle's gate: required fields, sections, experts, ilities, failure modes, replacement, review age. */
export function checkGate(system: CatalogSystem, context: GateContext): Finding[] {
  const { gate } = context;
  const { data, file, places } = system;
  const lifecycle = data.lifecycle;
  const findings: Finding[] = [];
  const at = (place: Place, rule: Finding['rule'], message: string, hint?: string) =>
    findings.push({ file, ...place, rule, message, ...(hint ? { hint } : {}) });

  for (const path of gate.fields ?? []) {
    if (!isFieldAnswered(data, path)) {
      at(places.lifecycle, 'missing-field', `A ${lifecycle} system needs \`${path}\`.`, fieldHint(path));
    }
  }

  const have = new Set(system.headings.map((h) => normalizeHeading(h.text)));
  for (const section of gate.sections ?? []) {
    if (!have.has(normalizeHeading(section))) {
      at({ line: system.bodyLine, column: 1 }, 'missing-section', `A ${lifecycle} system needs a \`## ${section}\` section.`);
    }
  }

  const experts = data.experts?.length ?? 0;
  if (gate.min_experts !== undefined && experts < gate.min_experts) {
    at(places.experts ?? places.lifecycle, 'too-few-experts',
      `A ${lifecycle} system needs at least ${gate.min_experts} expert${gate.min_experts === 1 ? '' : 's'} in \`experts\`, found ${experts}.`,
      'Name the people who can actually fix it, so the knowledge is not in one head.');
  }

  if (gate.ilities === 'assessed' || gate.ilities === 'planned') {
    for (const ility of ILITIES) {
      const entry = data.ilities?.[ility];
      if (gate.ilities === 'assessed' && (!entry || entry.status === 'unknown')) {
        at(places.lifecycle, 'ility-not-assessed',
          `A ${lifecycle} system needs \`ilities.${ility}\` assessed (pass, fail or n/a), found ${entry ? '`unknown`' : 'nothing'}.`);
      }
      if (gate.ilities === 'planned' && !entry?.notes?.trim()) {
        at(places.lifecycle, 'ility-no-plan', `A ${lifecycle} system needs notes in \`ilities.${ility}\` saying how it will be met.`);
      }
    }
  }

  const modes = data.failure_modes?.length ?? 0;
  if (gate.min_failure_modes !== undefined && modes < gate.min_failure_modes) {
    at(places.failureModes ?? places.lifecycle, 'no-failure-modes',
      `A ${lifecycle} system needs at least ${gate.min_failure_modes} entr${gate.min_failure_modes === 1 ? 'y' : 'ies'} in \`failure_modes\`, found ${modes}.`,
      'Describe what goes wrong, its impact, and how to recover.');
  }

  if (gate.replacement && !data.replaced_by && !data.retirement_note?.trim()) {
    at(places.lifecycle, 'no-replacement', `A ${lifecycle} system needs \`replaced_by\` or a \`retirement_note\`.`,
      'Tell its users what to move to, or when it goes away.');
  }

  const reviewed = data.review?.last_reviewed;
  if (reviewed && lifecycle !== 'retired') {
    const age = daysBetween(reviewed, context.today);
    if (age > context.reviewMaxAgeDays) {
      at(places.review ?? places.lifecycle, 'stale-review',
        `The doc was last reviewed ${age} days ago (${reviewed}); reviews older than ${context.reviewMaxAgeDays} days are stale.`,
        'Check the doc against reality and update `review.last_reviewed`.');
    }
  }
  return findings;
}

/** Lower-cases and folds spaces so `## How To  Access` matches `How to access`. */
export function normalizeHeading(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}



const FIELD_HINTS: Record<string, string> = {
  depends_on: 'List the systems it needs, databases, queues and hosting included.',
  access: 'Say how to get access to its hosts, logs, database and dashboards, and who grants it.',
  monitoring: 'Say what healthy looks like and where the dashboards and alerts are.',
  review: 'Add `review: { last_reviewed: YYYY-MM-DD, reviewed_by: ... }` after checking the doc against reality.',
  contacts: 'Add at least a chat channel where the owners answer questions.',
};

function fieldHint(path: string): string | undefined {
  return FIELD_HINTS[path];
}
