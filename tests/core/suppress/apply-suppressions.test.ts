import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/diagnostic.ts';
import type { RuleId } from '../../../src/core/rules.ts';
import { applySuppressions } from '../../../src/core/suppress/apply-suppressions.ts';
import { findSuppressions } from '../../../src/core/suppress/find-suppressions.ts';

const FILE = 'systems/db.md';

/** A finding of `rule` at the start of `line`. */
const at = (line: number, rule: RuleId, file = FILE): Finding => ({ file, line, column: 1, rule, message: `${rule} on ${line}` });

/** The suppressions of a doc whose lines are given, so line numbers read straight off the array. */
const suppressionsOf = (lines: string[]) => {
  const found = findSuppressions(FILE, lines.join('\n'));
  expect(found.findings).toEqual([]);
  return found.suppressions;
};

describe('applySuppressions', () => {
  const doc = [
    '---',
    'name: DB',
    '# fieldguide-disable-next-line stale-review -- Migrating to the new review board in Q1',
    'review: { last_reviewed: 2020-01-01 }',
    '---',
    '<!-- fieldguide-disable-next-line bus-factor, orphan-production -- Owned by a vendor -->',
    '## Overview',
  ];

  it('moves each silenced finding aside with its reason, and keeps the rest in order, as the same objects', () => {
    const stale = at(4, 'stale-review');
    const bus = at(7, 'bus-factor');
    const orphan = at(7, 'orphan-production');
    const other = at(4, 'future-date');
    const elsewhere = at(4, 'stale-review', 'systems/api.md');
    const result = applySuppressions([stale, other, bus, elsewhere, orphan], suppressionsOf(doc));
    expect(result.kept).toEqual([other, elsewhere]);
    expect(result.kept[0]).toBe(other);
    expect(result.suppressed).toEqual([
      { finding: stale, reason: 'Migrating to the new review board in Q1' },
      { finding: bus, reason: 'Owned by a vendor' },
      { finding: orphan, reason: 'Owned by a vendor' },
    ]);
    expect(result.suppressed[0]!.finding).toBe(stale);
    expect(result.unused).toEqual([]);
  });

  it('reports a suppression that silences nothing at the comment, saying the rule is reported nowhere in the file', () => {
    const result = applySuppressions([at(4, 'stale-review')], suppressionsOf(doc));
    expect(result.unused).toEqual([{
      file: FILE, line: 6, column: 1, endLine: 6, endColumn: 89, rule: 'unused-suppression',
      message: 'Nothing on line 7 is reported as `bus-factor` or `orphan-production`, so this suppression silences nothing.',
      hint: 'Remove the comment: nothing in this file is reported as that any more.',
    }]);
  });

  it('reports the one id of a list that silences nothing, at that id', () => {
    const result = applySuppressions([at(4, 'stale-review'), at(7, 'orphan-production')], suppressionsOf(doc));
    expect(result.suppressed.map((s) => s.finding.rule)).toEqual(['stale-review', 'orphan-production']);
    expect(result.unused).toEqual([{
      file: FILE, line: 6, column: 35, endLine: 6, endColumn: 45, rule: 'unused-suppression',
      message: 'Nothing on line 7 is reported as `bus-factor`, so it can be removed from this suppression.',
      hint: 'Remove the id from the list: nothing in this file is reported as that any more.',
    }]);
  });

  it('silences only the literal next line: a blank line between, or a finding further down, is not covered', () => {
    const spaced = [
      '---',
      '# fieldguide-disable-next-line bus-factor -- Vendor-owned',
      '',
      'experts: [{ name: Ada }]',
      '---',
    ];
    const bus = at(4, 'bus-factor');
    const result = applySuppressions([at(1, 'bus-factor'), bus, at(9, 'bus-factor')], suppressionsOf(spaced));
    expect(result.kept).toHaveLength(3);
    expect(result.suppressed).toEqual([]);
    expect(result.unused).toEqual([{
      file: FILE, line: 2, column: 1, endLine: 2, endColumn: 58, rule: 'unused-suppression',
      message: 'Nothing on line 3 is reported as `bus-factor`, so this suppression silences nothing.',
      hint: 'A suppression silences only the line right after it: `bus-factor` is reported on line 4. Move the comment just above that line.',
    }]);
  });

  it('matches a finding by its start line, whatever its column or end', () => {
    const ranged: Finding = { ...at(4, 'stale-review'), column: 12, endLine: 9, endColumn: 3 };
    expect(applySuppressions([ranged], suppressionsOf(doc.slice(0, 5))).suppressed).toEqual([{ finding: ranged, reason: 'Migrating to the new review board in Q1' }]);
  });

  it('never silences an `unused-suppression` finding, so one stale comment cannot hide another', () => {
    const stale = [
      '---',
      '# fieldguide-disable-next-line bus-factor -- Vendor',
      '# fieldguide-disable-next-line bus-factor -- Vendor',
      'experts: [{ name: Ada }]',
      '---',
    ];
    const noise = at(3, 'unused-suppression');
    const result = applySuppressions([noise, at(4, 'bus-factor')], suppressionsOf(stale));
    expect(result.kept).toEqual([noise]);
    expect(result.suppressed.map((s) => s.finding.line)).toEqual([4]);
    expect(result.unused.map((u) => `${u.line}: ${u.message}`)).toEqual(['2: Nothing on line 3 is reported as `bus-factor`, so this suppression silences nothing.']);
  });

  it('handles 20,000 suppressions and findings in one file quickly', () => {
    const lines = ['---'];
    for (let i = 0; i < 20_000; i++) lines.push('# fieldguide-disable-next-line schema -- Generated', `k${i}: 1`);
    lines.push('---');
    const suppressions = suppressionsOf(lines);
    // Every other suppression hits; the rest point one line off.
    const findings = Array.from({ length: 20_000 }, (_, i) => at(2 * i + 3 + (i % 2), 'schema'));
    const start = performance.now();
    const result = applySuppressions(findings, suppressions);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.suppressed).toHaveLength(10_000);
    expect(result.unused).toHaveLength(10_000);
    expect(result.unused[0]).toMatchObject({ line: 4, hint: 'A suppression silences only the line right after it: `schema` is reported on line 6. Move the comment just above that line.' });
  });
});
