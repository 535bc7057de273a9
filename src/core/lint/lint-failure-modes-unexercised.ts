import type { Finding } from '../diagnostic.ts';
import { daysBetween } from '../days-between.ts';
import type { GraphLintInput } from './graph-lint-input.ts';

/**
 * Rule `failure-modes-unexercised`: a production system with failure modes never exercised, or not within
 * `check.failure_mode_max_age_days`. One finding per system, naming each such failure mode.
 * (A production system with no failure modes at all is the gate's `no-failure-modes`.)
 */
export function lintFailureModesUnexercised({ systems, config, today }: GraphLintInput): Finding[] {
  const maxAge = config.check.failureModeMaxAgeDays;
  const findings: Finding[] = [];
  for (const system of systems) {
    const modes = system.data.failure_modes ?? [];
    if (system.data.lifecycle !== 'production' || modes.length === 0) continue;
    const stale = modes.flatMap((mode) => {
      if (!mode.last_exercised) return [`“${mode.scenario}” (never)`];
      const age = daysBetween(mode.last_exercised, today);
      return age > maxAge ? [`“${mode.scenario}” (${age} days ago)`] : [];
    });
    if (stale.length === 0) continue;
    findings.push({
      file: system.file, ...(system.places.failureModes ?? system.places.lifecycle), rule: 'failure-modes-unexercised',
      message: `Production system \`${system.id}\` has ${stale.length === modes.length && stale.length === 1 ? 'a failure mode' : `${stale.length} of ${modes.length} failure modes`} not exercised in the last ${maxAge} days: ${stale.join(', ')}.`,
      hint: 'Exercise the mitigation (a game day, a chaos test, or a real incident) and record the date in `last_exercised`.',
    });
  }
  return findings;
}
