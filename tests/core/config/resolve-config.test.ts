import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/core/config/resolve-config.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readConfig', () => {
  it('reports an alias to an undefined anchor at the alias, and falls back to the defaults', () => {
    const { config, findings } = readConfig('fieldguide.config.yaml', bytes('site:\n  title: *nope\n'));
    expect(findings).toEqual([{
      file: 'fieldguide.config.yaml', line: 2, column: 10, rule: 'yaml-syntax',
      message: 'The alias `*nope` refers to no anchor defined before it.',
    }]);
    expect(config.site.title).toBe('fieldguide');
  });

  it('reports 1,000-deep nesting as too deeply nested, not as a stack overflow', () => {
    const { findings } = readConfig('fieldguide.config.yaml', bytes(`site: ${'['.repeat(1000)}${']'.repeat(1000)}\n`));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'fieldguide.config.yaml', line: 1, rule: 'too-deeply-nested', message: 'The config file nests deeper than 64 levels.' });
  });

  it('reports an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const { findings } = readConfig('fieldguide.config.yaml', bytes(`${lines.join('\n')}\n`));
    expect(findings.map((f) => f.rule)).toEqual(['yaml-syntax']);
    expect(findings[0]!.message).toBe('Aliases are expanded more than 1000000000 times; the limit is 100.');
  });
});
