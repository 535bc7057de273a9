import { describe, expect, it } from 'vitest';
import { checkExtensions, compileExtensions } from '../../../src/core/validate/check-extensions.ts';
import { parseDoc } from '../../../src/core/source/parse-doc.ts';
import { readConfig } from '../../../src/core/config/resolve-config.ts';
import { getValidators } from '../../../src/core/validate/get-validators.ts';
import { analyze, brief, productionDoc } from '../../helpers/make-catalog.ts';

const CONFIG = `extensions:
  x-cost-center:
    type: integer
    minimum: 1000
    description: The finance cost center that pays for it.
  x-runbook-url: { format: uri, title: Runbook }
  x-support: { enum: [office-hours, follow-the-sun] }
  x-ticket: { type: string, pattern: "^[A-Z]+-[0-9]+$" }
`;
const { config, findings: configFindings } = readConfig('fieldguide.config.yaml', new TextEncoder().encode(CONFIG));

/** The team fields of a doc (front matter from line 2), checked against {@link CONFIG}. */
function check(fields: string) {
  const { doc } = parseDoc('systems/bot.md', `---\nname: Bot\nsummary: A bot.\nowner: releng\nlifecycle: proposed\n${fields}---\n`);
  return brief(checkExtensions(doc!, doc!.data, config.extensions).map((f) => ({ ...f, severity: 'error' as const })));
}

describe('team fields (`x-` keys) in the schema', () => {
  const base = { name: 'Bot', summary: 'A bot.', owner: 'releng', lifecycle: 'proposed' };

  it('accepts any value under a kebab-case `x-` key at the top level', () => {
    const validate = getValidators().system;
    expect(validate({ ...base, 'x-cost-center': 42, 'x-runbook-url': 'https://runbooks.example/bot', 'x-notes': { any: ['thing'] } })).toBe(true);
  });

  it('still refuses every other unknown key, an `x-` key that is not kebab-case, and `x-` inside a field', () => {
    const validate = getValidators().system;
    for (const data of [{ ...base, 'cost-center': 42 }, { ...base, 'x-Cost_Center': 42 }, { ...base, 'x-': 1 }, { ...base, review: { 'x-by': 'me' } }]) {
      expect(validate(data), JSON.stringify(data)).toBe(false);
    }
  });

  it('keeps a doc with team fields free of problems, and reports `cost-center` as an unknown field', () => {
    expect(brief(analyze({ bot: productionDoc({ extra: 'x-cost-center: 42\n' }) }).diagnostics)).toEqual([]);
    const { diagnostics } = analyze({ bot: productionDoc({ extra: 'cost-center: 42\n' }) });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['systems/bot.md:39:1 schema']);
  });
});

describe('checkExtensions', () => {
  it('reads the config\'s schemas without problems', () => {
    expect(configFindings).toEqual([]);
    expect(Object.keys(config.extensions)).toEqual(['x-cost-center', 'x-runbook-url', 'x-support', 'x-ticket']);
  });

  it('accepts values that match, and team fields the config does not declare', () => {
    expect(check('x-cost-center: 4200\nx-runbook-url: https://runbooks.example/bot\nx-support: office-hours\nx-ticket: OPS-12\nx-other: [1, 2]\n')).toEqual([]);
  });

  it('reports a value that does not match, at the value, in plain words', () => {
    expect(check('x-cost-center: "4200"\nx-runbook-url: javascript:alert(1)\nx-support: ofice-hours\nx-ticket: ops 12\n')).toEqual([
      'systems/bot.md:6:16 error schema: Unexpected `x-cost-center` value `4200`, expected an integer. (`x-cost-center`: The finance cost center that pays for it.)',
      'systems/bot.md:7:16 error schema: Unexpected `x-runbook-url` value `javascript:alert(1)`, expected an absolute https:, http: or mailto: URL.',
      'systems/bot.md:8:12 error schema: Unexpected `x-support` value `ofice-hours`, expected one of `office-hours`, `follow-the-sun`. (Did you mean `office-hours`?)',
      'systems/bot.md:9:11 error schema: Unexpected `x-ticket` value `ops 12`, expected text matching `^[A-Z]+-[0-9]+$`.',
    ]);
    expect(check('x-cost-center: 12\n')).toEqual([
      'systems/bot.md:6:16 error schema: Unexpected `x-cost-center` value `12`, expected at least 1000. (`x-cost-center`: The finance cost center that pays for it.)',
    ]);
    expect(check('x-cost-center:\n  a: 1\n')).toEqual([
      'systems/bot.md:7:3 error schema: Unexpected `x-cost-center` value a mapping, expected an integer. (`x-cost-center`: The finance cost center that pays for it.)',
    ]);
  });

  it('compiles each config\'s schemas once', () => {
    expect(compileExtensions(config.extensions)).toBe(compileExtensions(config.extensions));
  });

  it('reports a schema that does not compile as a config problem, at its pattern', () => {
    const { findings } = readConfig('fieldguide.config.yaml', new TextEncoder().encode('extensions:\n  x-ticket: { pattern: "([a-z" }\n'));
    expect(findings).toEqual([{
      file: 'fieldguide.config.yaml', line: 2, column: 24, endLine: 2, endColumn: 31, rule: 'config',
      message: expect.stringMatching(/^The schema of `x-ticket` in `extensions` does not compile: Invalid regular expression/),
      hint: 'Fix the `pattern`: it is a JavaScript regular expression.',
    }]);
  });

  it('refuses an extension that is not an `x-` field or uses keywords beyond the small subset', () => {
    const read = (text: string) => readConfig('fieldguide.config.yaml', new TextEncoder().encode(text)).findings.map((f) => `${f.line} ${f.rule}`);
    // The config's schema findings are another module's business: here only that they are there, on the right line.
    for (const text of ['extensions:\n  cost-center: { type: integer }\n', 'extensions:\n  x-cost-center: { $ref: "#/x" }\n']) {
      const findings = read(text);
      expect(findings.length).toBeGreaterThan(0);
      expect(new Set(findings)).toEqual(new Set(['2 config']));
    }
  });
});
