import { describe, expect, it } from 'vitest';
import { readinessRows } from '../../src/site/readiness-rows.ts';
import { productionDoc } from '../helpers/make-catalog.ts';
import { siteModel } from './site-fixture.ts';

const rowOf = (docs: Record<string, string>, id: string) =>
  readinessRows(siteModel(docs, { config: {} })).flatMap((g) => g.rows).find((r) => r.system.id === id)!;

describe('readinessRows', () => {
  it('words a readiness warning for readers: names and criterion titles, no config ids or advice to authors', () => {
    const row = rowOf({ 'build-farm': productionDoc({ name: 'Build farm', tier: 1 }) }, 'build-farm');
    const warning = row.warnings.find((w) => w.rule === 'below-readiness-level')!;
    expect(warning).toMatchInlineSnapshot(`
      {
        "hint": "Its page lists every criterion of each level and what it still needs.",
        "message": "Reaches Silver, but tier-1 production systems must reach Gold. Not passing: Known capacity limits, and what happens past them, are written down (fail).",
        "rule": "below-readiness-level",
        "severity": "warning",
      }
    `);
    expect(JSON.stringify(row.warnings)).not.toMatch(/build-farm|fieldguide\.config|readiness\.required|`/);
  });

  it('replaces the ids of systems in other warnings with their names', () => {
    const neverDone = productionDoc({ name: 'Build farm', tier: 3 }).replace('    last_exercised: 2026-10-01\n', '');
    const warning = rowOf({ 'build-farm': neverDone }, 'build-farm').warnings.find((w) => w.rule === 'failure-modes-unexercised')!;
    expect(warning.message).toBe('Production system Build farm has a failure mode not exercised in the last 365 days: “Down” (never).');
    expect(warning.hint).toBe('The failure modes page lists them with the next game day.');
  });

  it('counts each system\'s failure modes, those overdue and those never exercised', () => {
    const doc = productionDoc({ name: 'A', tier: 3 }).replace(/failure_modes:\n(?: {2,}.*\n)+/,
      'failure_modes:\n  - { scenario: X, impact: Y, mitigation: Z }\n  - { scenario: X2, impact: Y, mitigation: Z, last_exercised: 2020-01-01 }\n  - { scenario: X3, impact: Y, mitigation: Z, last_exercised: 2026-11-01 }\n');
    expect(rowOf({ a: doc }, 'a').failureModes).toEqual({ count: 3, overdue: 2, never: 1 });
  });
});
