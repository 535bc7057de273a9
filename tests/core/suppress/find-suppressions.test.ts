import { describe, expect, it } from 'vitest';
import { findSuppressions } from '../../../src/core/suppress/find-suppressions.ts';

const FILE = 'systems/db.md';
const find = (text: string) => findSuppressions(FILE, text);

describe('findSuppressions', () => {
  it('reads a front-matter comment on its own line, silencing the literal next line', () => {
    const text = [
      '---',
      'name: DB',
      '  # fieldguide-disable-next-line stale-review -- Migrating to the new review board in Q1',
      'review: { last_reviewed: 2020-01-01 }',
      '---',
      '## Overview',
    ].join('\n');
    expect(find(text)).toEqual({
      suppressions: [{
        file: FILE,
        place: { line: 3, column: 3, endLine: 3, endColumn: 89 },
        targetLine: 4,
        rules: [{ rule: 'stale-review', place: { line: 3, column: 34, endLine: 3, endColumn: 46 } }],
        reason: 'Migrating to the new review board in Q1',
      }],
      findings: [],
    });
  });

  it('reads a body comment, and a comma list of rule ids with each id\'s place', () => {
    const text = '---\nname: DB\n---\n\n<!-- fieldguide-disable-next-line bus-factor,  orphan-production -- Owned by a vendor -->\n## Overview\n';
    expect(find(text)).toEqual({
      suppressions: [{
        file: FILE,
        place: { line: 5, column: 1, endLine: 5, endColumn: 90 },
        targetLine: 6,
        rules: [
          { rule: 'bus-factor', place: { line: 5, column: 35, endLine: 5, endColumn: 45 } },
          { rule: 'orphan-production', place: { line: 5, column: 48, endLine: 5, endColumn: 65 } },
        ],
        reason: 'Owned by a vendor',
      }],
      findings: [],
    });
  });

  it('silences the line after a body comment\'s last line when the comment spans several', () => {
    const text = '---\nname: DB\n---\n<!--\n  fieldguide-disable-next-line template-text,\n    secret -- A sample key, revoked\n-->\nAKIA…\n';
    const { suppressions, findings } = find(text);
    expect(findings).toEqual([]);
    expect(suppressions.map((s) => ({ place: s.place, targetLine: s.targetLine, rules: s.rules }))).toEqual([{
      place: { line: 4, column: 1, endLine: 7, endColumn: 4 },
      targetLine: 8,
      rules: [
        { rule: 'template-text', place: { line: 5, column: 32, endLine: 5, endColumn: 45 } },
        { rule: 'secret', place: { line: 6, column: 5, endLine: 6, endColumn: 11 } },
      ],
    }]);
  });

  it('keeps Windows line ends out of places and reasons', () => {
    const text = '---\r\n# fieldguide-disable-next-line tier-x, bus-factor -- Vendor\r\nexperts: []\r\n---\r\n';
    const { suppressions } = find(text);
    expect(suppressions[0]).toMatchObject({ place: { line: 2, column: 1, endLine: 2, endColumn: 60 }, reason: 'Vendor', targetLine: 3 });
  });

  it('reports a suppression without a reason, which then silences nothing', () => {
    const text = '---\n# fieldguide-disable-next-line stale-review, bus-factor\nreview: {}\n---\n<!-- fieldguide-disable-next-line bus-factor -- -->\n';
    expect(find(text)).toEqual({
      suppressions: [],
      findings: [
        {
          file: FILE, line: 2, column: 1, endLine: 2, endColumn: 56, rule: 'unused-suppression',
          message: 'This suppression of `stale-review`, `bus-factor` gives no reason, so it silences nothing.',
          hint: 'Say why the exception is accepted, after ` -- `: `fieldguide-disable-next-line <rule-id> -- <reason>`.',
        },
        {
          file: FILE, line: 5, column: 1, endLine: 5, endColumn: 52, rule: 'unused-suppression',
          message: 'This suppression of `bus-factor` gives no reason, so it silences nothing.',
          hint: 'Say why the exception is accepted, after ` -- `: `fieldguide-disable-next-line <rule-id> -- <reason>`.',
        },
      ],
    });
  });

  it('reports an unknown rule id at its place with the closest id, and keeps the known ones of the list', () => {
    const text = '---\n# fieldguide-disable-next-line stale-reveiw, bus-factor -- Vendor-owned\nexperts: []\n---\n';
    const { suppressions, findings } = find(text);
    expect(findings).toEqual([{
      file: FILE, line: 2, column: 32, endLine: 2, endColumn: 44, rule: 'unused-suppression',
      message: '`stale-reveiw` is not a rule, so it silences nothing.', hint: 'Did you mean `stale-review`?',
    }]);
    expect(suppressions.map((s) => s.rules.map((r) => r.rule))).toEqual([['bus-factor']]);
  });

  it('says how to name a rule when no id is close, and asks for commas between ids', () => {
    const text = '---\nname: DB\n---\n<!-- fieldguide-disable-next-line everything -- Legacy -->\n<!-- fieldguide-disable-next-line bus-factor stale-review -- Legacy -->\n';
    expect(find(text).findings.map((f) => `${f.line}:${f.column} ${f.message} ${f.hint}`)).toEqual([
      '4:35 `everything` is not a rule, so it silences nothing. A rule id is the name `check` prints after each problem, such as `stale-review`.',
      '5:35 `bus-factor stale-review` is not a rule, so it silences nothing. Separate rule ids with commas: `bus-factor, stale-review`.',
    ]);
  });

  it('reports a suppression that names no rule, one that names `unused-suppression`, and a misspelt directive', () => {
    const text = [
      '---',
      '# fieldguide-disable-next-line -- Everything here is fine',
      'name: DB',
      '# fieldguide-disable-line bus-factor -- Vendor',
      'tier: 1',
      '---',
      '<!-- fieldguide-disable-next-line unused-suppression -- Noise -->',
    ].join('\n');
    expect(find(text)).toEqual({
      suppressions: [],
      findings: [
        {
          file: FILE, line: 2, column: 1, endLine: 2, endColumn: 58, rule: 'unused-suppression',
          message: 'This suppression names no rule, so it silences nothing.',
          hint: 'Name the rules it silences, separated by commas: `fieldguide-disable-next-line <rule-id> -- <reason>`.',
        },
        {
          file: FILE, line: 4, column: 1, endLine: 4, endColumn: 47, rule: 'unused-suppression',
          message: '`fieldguide-disable-line` is not a directive, so this comment silences nothing.',
          hint: 'The one directive is `fieldguide-disable-next-line <rule-id> -- <reason>`, which silences the line after it.',
        },
        {
          file: FILE, line: 7, column: 35, endLine: 7, endColumn: 53, rule: 'unused-suppression',
          message: '`unused-suppression` cannot be silenced, so it silences nothing here.',
          hint: 'Fix or remove the suppression that is reported instead.',
        },
      ],
    });
  });

  it('ignores comments in fenced code blocks, in block scalars, after a value, and ordinary comments', () => {
    const text = [
      '---',
      'notes: |',
      '  # fieldguide-disable-next-line bus-factor -- text of the notes',
      'tier: 1 # fieldguide-disable-next-line bus-factor -- after a value',
      '# an ordinary YAML comment',
      '---',
      '```markdown',
      '<!-- fieldguide-disable-next-line bus-factor -- an example in a fence -->',
      '```',
      '> ~~~~',
      '> <!-- fieldguide-disable-next-line bus-factor -- in a quoted fence -->',
      '> ~~~~',
      'Text <!-- fieldguide-disable-next-line bus-factor -- not on its own line -->',
      '<!-- fieldguide-disable-next-line bus-factor -- followed by text --> text',
      '<!-- a note for editors -->',
      '<!-- fieldguide-disable-next-line bus-factor -- after the fences -->',
    ].join('\n');
    expect(find(text).suppressions.map((s) => `${s.place.line} -> ${s.targetLine}: ${s.reason}`)).toEqual(['16 -> 17: after the fences']);
  });

  it('reads front-matter comments again once a block scalar ends', () => {
    const text = '---\nnotes: >-\n  text\n\n  more\n# fieldguide-disable-next-line bus-factor -- Vendor\nexperts: []\n---\n';
    expect(find(text).suppressions.map((s) => s.targetLine)).toEqual([7]);
    expect(find(text.replaceAll('\n', '\r\n')).suppressions.map((s) => s.targetLine)).toEqual([7]);
    expect(find('---\r\nnotes: |\r\n  # fieldguide-disable-next-line bus-factor -- text\r\n---\r\n')).toEqual({ suppressions: [], findings: [] });
  });

  it('finds nothing in a doc without front matter or without comments, and stops at a comment that never closes', () => {
    expect(find('')).toEqual({ suppressions: [], findings: [] });
    expect(find('---\nname: DB\n')).toEqual({ suppressions: [], findings: [] });
    expect(find('## Overview\n<!-- fieldguide-disable-next-line bus-factor -- x -->\n')).toMatchObject({ suppressions: [{ targetLine: 3 }] });
    expect(find('---\n---\n<!-- open\n<!-- fieldguide-disable-next-line bus-factor -- x\n')).toEqual({ suppressions: [], findings: [] });
  });

  it('reads a hostile doc in linear time', () => {
    const unclosed = `---\n---\n${'<!--\n'.repeat(100_000)}`;
    const dashes = `---\n# fieldguide-disable-next-line bus-factor ${' --x'.repeat(100_000)}\n---\n`;
    const fences = `---\n---\n${'```\n<!-- -->\n'.repeat(50_000)}`;
    const start = performance.now();
    expect(find(unclosed).findings).toEqual([]);
    expect(find(dashes).suppressions).toEqual([]);
    expect(find(fences).suppressions).toEqual([]);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
