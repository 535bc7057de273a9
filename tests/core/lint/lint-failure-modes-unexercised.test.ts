import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc } from '../../helpers/make-catalog.ts';
import { onlyRules } from '../../helpers/graph-docs.ts';

const config = onlyRules('failure-modes-unexercised');
const modes = `failure_modes:
  - scenario: Down
    impact: Nothing builds
    mitigation: Restart
    last_exercised: 2026-10-01
  - scenario: Disk full
    impact: Writes fail
    mitigation: Clean up
  - scenario: Primary lost
    impact: Read-only
    mitigation: Fail over
    last_exercised: 2024-05-01
`;
const withModes = (doc: string) => doc.replace(/failure_modes:\n(?: {2}.*\n| {4}.*\n)+/, modes);

describe('failure-modes-unexercised', () => {
  it('names every failure mode never exercised or exercised too long ago, at `failure_modes`', () => {
    expect(brief(analyze({ db: withModes(productionDoc()) }, { config }).diagnostics)).toEqual([
      'systems/db.md:32:1 warning failure-modes-unexercised: Production system `db` has 2 of 3 failure modes not exercised in the last 365 days: “Disk full” (never), “Primary lost” (939 days ago). (Exercise the mitigation (a game day, a chaos test, or a real incident) and record the date in `last_exercised`.)',
    ]);
  });

  it('uses `check.failure_mode_max_age_days`', () => {
    const catalog = analyze({ db: productionDoc() }, { config: { ...config, check: { ...config.check, failure_mode_max_age_days: 30 } } });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/db.md:32:1 warning failure-modes-unexercised: Production system `db` has a failure mode not exercised in the last 30 days: “Down” (56 days ago). (Exercise the mitigation (a game day, a chaos test, or a real incident) and record the date in `last_exercised`.)',
    ]);
  });

  it('accepts recently exercised failure modes, and systems not in production', () => {
    expect(analyze({ db: productionDoc(), beta: withModes(productionDoc({ lifecycle: 'experimental' })) }, { config }).diagnostics).toEqual([]);
  });
});
