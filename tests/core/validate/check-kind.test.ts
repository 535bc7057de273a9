import { describe, expect, it } from 'vitest';
import { checkKind, BUILT_IN_KINDS } from '../../../src/core/validate/check-kind.ts';
import { parseDoc } from '../../../src/core/source/parse-doc.ts';
import { readConfig, resolveConfig } from '../../../src/core/config/resolve-config.ts';
import { systemSchema } from '../../../src/core/validate/get-validators.ts';

/** A doc whose `kind` is on line 4, and the check run on it. */
function check(kind: string, kinds = resolveConfig().kinds) {
  const { doc } = parseDoc('systems/bot.md', `---\nname: Bot\nsummary: A bot.\nkind: ${kind}\nowner: releng\nlifecycle: proposed\n---\n`);
  return checkKind(doc!, doc!.data.kind, kinds);
}

describe('checkKind (rule unknown-kind)', () => {
  it('accepts every built-in kind, read from the schema', () => {
    expect(BUILT_IN_KINDS).toEqual(systemSchema.$defs.builtInKind.enum);
    expect(BUILT_IN_KINDS).toContain('service');
    for (const kind of BUILT_IN_KINDS) expect(check(kind)).toEqual([]);
  });

  it('reports a kind that is neither built in nor in the config, at the value, with a suggestion', () => {
    expect(check('servce')).toEqual([{
      file: 'systems/bot.md', line: 4, column: 7, endLine: 4, endColumn: 13, rule: 'unknown-kind',
      message: `Unknown kind \`servce\`, expected one of ${BUILT_IN_KINDS.map((k) => `\`${k}\``).join(', ')}.`,
      hint: 'Did you mean `service`?',
    }]);
    expect(check('runbook-bot')[0]!.hint).toBe('Pick one of those, or add `runbook-bot` under `kinds` in the config.');
  });

  it('accepts the kinds the config adds, after the built-in ones', () => {
    const { config, findings } = readConfig('fieldguide.config.yaml', new TextEncoder().encode('kinds: [runbook-bot, data-pipeline]\n'));
    expect(findings).toEqual([]);
    expect(config.kinds).toEqual([...BUILT_IN_KINDS, 'runbook-bot', 'data-pipeline']);
    expect(check('runbook-bot', config.kinds)).toEqual([]);
    expect(check('runbook-bto', config.kinds)[0]).toMatchObject({ rule: 'unknown-kind', hint: 'Did you mean `runbook-bot`?' });
  });

  it('leaves a kind that is not a string to the schema', () => {
    expect(check('[a, b]')).toEqual([]);
  });
});

describe('kinds in the config', () => {
  const read = (text: string) => readConfig('fieldguide.config.yaml', new TextEncoder().encode(text)).findings;

  it('refuses a kind that is not kebab-case', () => {
    expect(read('kinds: [Runbook_Bot]\n').map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['1:9 config']);
  });

  it('reports a built-in kind added again, and a readiness scope naming an unknown kind', () => {
    const findings = read(`kinds: [service, runbook-bot]
readiness:
  required:
    - kinds: [runbook-bto]
      level: bronze
`);
    expect(findings).toEqual([
      { file: 'fieldguide.config.yaml', line: 1, column: 9, endLine: 1, endColumn: 16, rule: 'config', message: '`service` is a built-in kind already.', hint: 'Remove it from `kinds`.' },
      {
        file: 'fieldguide.config.yaml', line: 4, column: 15, endLine: 4, endColumn: 26, rule: 'config',
        message: 'Unknown kind `runbook-bto` in `readiness.required.kinds`.', hint: 'Did you mean `runbook-bot`?',
      },
    ]);
  });
});
