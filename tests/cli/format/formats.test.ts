import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostic.ts';
import { formatHuman } from '../../../src/cli/format/format-human.ts';
import { formatJson } from '../../../src/cli/format/format-json.ts';
import { formatGithub } from '../../../src/cli/format/format-github.ts';
import { formatSarif } from '../../../src/cli/format/format-sarif.ts';

const diagnostics: Diagnostic[] = [
  {
    file: 'systems/a.md', line: 14, column: 5, endLine: 14, endColumn: 18, rule: 'unknown-dependency', severity: 'error',
    message: '`depends_on` names `hg-mozila-org`, which is not a system in the catalog.', hint: 'Did you mean `hg-mozilla-org`?',
  },
  {
    file: 'systems/b,c:d.md', line: 3, column: 1, rule: 'dependency-cycle', severity: 'warning',
    message: 'Cycle: 100% bad,\nreally: yes\r\n', related: [{ file: 'systems/c.md', line: 2, column: 3, message: 'Here.' }],
  },
];

describe('formatHuman', () => {
  it('starts each problem with path:line:col and ends with a summary', () => {
    expect(formatHuman(diagnostics, { checked: 3 })).toMatchInlineSnapshot(`
      "systems/a.md:14:5  error  \`depends_on\` names \`hg-mozila-org\`, which is not a system in the catalog.  unknown-dependency
        hint: Did you mean \`hg-mozilla-org\`?
      systems/b,c:d.md:3:1  warning  Cycle: 100% bad,
      really: yes\\u000d
        dependency-cycle
        systems/c.md:2:3  Here.

      ✖ 2 problems (1 error, 1 warning) in 2 files; checked 3 docs.
      "
    `);
  });

  it('says so when there is nothing to report, and colors only when asked', () => {
    expect(formatHuman([], { checked: 1 })).toBe('✔ No problems in 1 doc.\n');
    expect(formatHuman(diagnostics.slice(0, 1), { color: true })).toContain('\u001b[31merror\u001b[0m');
    expect(formatHuman(diagnostics.slice(0, 1))).not.toContain('\u001b[');
  });

  it('counts accepted exceptions in the summary, so a clean run does not hide them', () => {
    expect(formatHuman([], { checked: 3, accepted: 1 })).toBe('✔ No problems in 3 docs; 1 accepted exception.\n');
    expect(formatHuman(diagnostics, { checked: 3, accepted: 2 }).trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (1 error, 1 warning) in 2 files; checked 3 docs; 2 accepted exceptions.');
  });
});

describe('accepted exceptions in the machine formats', () => {
  const accepted = [{ diagnostic: diagnostics[0]!, reason: 'Known: the mirror is \u001b[2J renamed next week.' }];

  it('lists them in the JSON with their reasons, apart from the diagnostics, and counts them', () => {
    const parsed = JSON.parse(formatJson(diagnostics.slice(1), accepted));
    expect(parsed.summary).toEqual({ errors: 0, warnings: 1, files: 1, accepted: 1 });
    expect(parsed.accepted).toEqual([expect.objectContaining({ file: 'systems/a.md', line: 14, rule: 'unknown-dependency', reason: 'Known: the mirror is \u001b[2J renamed next week.' })]);
  });

  it('gives SARIF an in-source suppression with the reason as its justification', () => {
    const results = JSON.parse(formatSarif(diagnostics.slice(1), '1.0.0', accepted)).runs[0].results;
    expect(results).toHaveLength(2);
    expect(results[0].suppressions).toBeUndefined();
    expect(results[1]).toMatchObject({ ruleId: 'unknown-dependency', suppressions: [{ kind: 'inSource', justification: 'Known: the mirror is \u001b[2J renamed next week.' }] });
  });
});

describe('formatJson', () => {
  it('uses stable field names and fills optional ones', () => {
    const parsed = JSON.parse(formatJson(diagnostics));
    expect(parsed.version).toBe(1);
    expect(parsed.summary).toEqual({ errors: 1, warnings: 1, files: 2, accepted: 0 });
    expect(parsed.accepted).toEqual([]);
    expect(parsed.diagnostics[0]).toEqual({
      file: 'systems/a.md', line: 14, column: 5, endLine: 14, endColumn: 18, rule: 'unknown-dependency', severity: 'error',
      message: '`depends_on` names `hg-mozila-org`, which is not a system in the catalog.', hint: 'Did you mean `hg-mozilla-org`?', related: [],
    });
    expect(parsed.diagnostics[1]).toMatchObject({ endLine: 3, endColumn: 1, hint: null, related: [{ file: 'systems/c.md', line: 2, column: 3, message: 'Here.' }] });
  });
});

describe('formatGithub', () => {
  it('writes one workflow command per problem, escaping %, CR, LF, and : and , in properties', () => {
    expect(formatGithub(diagnostics).split('\n')).toEqual([
      '::error file=systems/a.md,line=14,col=5,endColumn=18,title=fieldguide unknown-dependency::`depends_on` names `hg-mozila-org`, which is not a system in the catalog.%0ADid you mean `hg-mozilla-org`?',
      '::warning file=systems/b%2Cc%3Ad.md,line=3,col=1,title=fieldguide dependency-cycle::Cycle: 100%25 bad,%0Areally: yes%0D%0A%0Asystems/c.md:2:3: Here.',
      '',
    ]);
  });
});

describe('formatSarif', () => {
  it('writes a SARIF 2.1.0 run with the fired rules and located results', () => {
    const sarif = JSON.parse(formatSarif(diagnostics, '1.2.3'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'fieldguide', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['dependency-cycle', 'unknown-dependency']);
    expect(run.results[0]).toEqual({
      ruleId: 'unknown-dependency', ruleIndex: 1, level: 'error',
      message: { text: '`depends_on` names `hg-mozila-org`, which is not a system in the catalog. Did you mean `hg-mozilla-org`?' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'systems/a.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 14, startColumn: 5, endLine: 14, endColumn: 18 } } }],
    });
    expect(run.results[1].relatedLocations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 3 });
  });
});

/** A diagnostic whose every piece of catalog text carries a terminal escape: clear screen, retitle, C1 CSI, bidi override. */
const hostile: Diagnostic = {
  file: 'systems/\u001b[2Jx.md', line: 2, column: 1, rule: 'schema', severity: 'error',
  message: 'Unexpected field `\u001b]0;pwned\u0007`.', hint: 'Remove `\u009b2J`.',
  related: [{ file: 'systems/\u202eevil.md', line: 1, column: 1, message: 'First \u001b[31mhere\u001b[0m.' }],
};
/** Every control character the text formats must never print raw (tab and line feed are layout). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\u001b(?!\[(?:\d+)?m)/;

describe('control characters from the catalog', () => {
  it('human: escaped visibly, while the format keeps its own colors', () => {
    expect(formatHuman([hostile])).toMatchInlineSnapshot(`
      "systems/\\u001b[2Jx.md:2:1  error  Unexpected field \`\\u001b]0;pwned\\u0007\`.  schema
        hint: Remove \`\\u009b2J\`.
        systems/\\u202eevil.md:1:1  First \\u001b[31mhere\\u001b[0m.

      ✖ 1 problem (1 error, 0 warnings) in 1 file.
      "
    `);
    const colored = formatHuman([hostile], { color: true });
    expect(colored).toContain('\u001b[31merror\u001b[0m');
    expect(colored).toContain('\u001b[1msystems/\\u001b[2Jx.md:2:1\u001b[0m');
    // Only the format's own SGR color codes are raw escapes.
    expect(colored.replace(/\u001b\[\d+m/g, '')).not.toMatch(RAW_CONTROL);
  });

  it('github: escaped in properties and message', () => {
    expect(formatGithub([hostile])).toBe(
      '::error file=systems/\\u001b[2Jx.md,line=2,col=1,title=fieldguide schema::Unexpected field `\\u001b]0;pwned\\u0007`.%0ARemove `\\u009b2J`.%0Asystems/\\u202eevil.md:1:1: First \\u001b[31mhere\\u001b[0m.\n',
    );
  });

  it('json and sarif: valid JSON holding the exact text, with no raw control character, C1 and bidi included', () => {
    for (const text of [formatJson([hostile]), formatSarif([hostile], '1.2.3')]) {
      expect(text).not.toMatch(RAW_CONTROL);
      expect(text).toContain('\\u009b2J');
    }
    expect(JSON.parse(formatJson([hostile])).diagnostics[0]).toMatchObject({ file: hostile.file, message: hostile.message, hint: hostile.hint });
    expect(JSON.parse(formatSarif([hostile], '1.2.3')).runs[0].results[0].relatedLocations[0].message.text).toBe('First \u001b[31mhere\u001b[0m.');
  });
});
