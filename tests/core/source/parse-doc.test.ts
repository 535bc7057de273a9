import { describe, expect, it } from 'vitest';
import { parseDoc } from '../../../src/core/source/parse-doc.ts';

const doc = (yaml: string) => `---\n${yaml}---\nBody.\n`;

describe('parseDoc: aliases', () => {
  it('reports an alias to an anchor that does not exist, at the alias', () => {
    expect(parseDoc('x.md', doc('name: X\nsummary: *nope\n'))).toEqual({
      findings: [{ file: 'x.md', line: 3, column: 10, endLine: 3, endColumn: 10, rule: 'yaml-syntax', message: 'The alias `*nope` refers to no anchor defined before it.' }],
    });
  });

  it('reports an alias used before its anchor, with a hint', () => {
    expect(parseDoc('x.md', doc('a: *x\nb: &x 1\n'))).toEqual({
      findings: [{
        file: 'x.md', line: 2, column: 4, endLine: 2, endColumn: 4, rule: 'yaml-syntax',
        message: 'The alias `*x` refers to no anchor defined before it.', hint: 'Its anchor `&x` comes after it: define the anchor first.',
      }],
    });
  });

  it('reports an alias inside the node it names (cyclic data)', () => {
    expect(parseDoc('x.md', doc('a: &x [ *x ]\n'))).toEqual({
      findings: [{
        file: 'x.md', line: 2, column: 9, endLine: 2, endColumn: 9, rule: 'yaml-syntax',
        message: 'The alias `*x` refers to a node that contains it.', hint: 'An alias cannot repeat the node it is part of.',
      }],
    });
  });

  it('reports aliases expanded more than 100 times, at the alias that passes the limit, with the count', () => {
    const many = `a: &a [1]\nb: [${Array.from({ length: 150 }, () => '*a').join(', ')}]\n`;
    expect(parseDoc('x.md', doc(many)).findings).toEqual([{
      file: 'x.md', line: 3, column: 405, endLine: 3, endColumn: 405, rule: 'yaml-syntax',
      message: 'Aliases are expanded 150 times; the limit is 100.', hint: 'Repeat fewer values through aliases, or write them out.',
    }]);
    // Nested expansions count too ("billion laughs"): 10 + 10 × 11, past 100 at the ninth `*b`.
    const laughs = `a: &a [x, x]\nb: &b [${Array(10).fill('*a').join(', ')}]\nc: [${Array(10).fill('*b').join(', ')}]\n`;
    expect(parseDoc('x.md', doc(laughs)).findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['4:37 Aliases are expanded 120 times; the limit is 100.']);
  });

  it('accepts aliases within the limit', () => {
    const result = parseDoc('x.md', doc('a: &a [1]\nb: [*a, *a]\n'));
    expect(result.findings).toEqual([]);
    expect(result.doc?.data).toEqual({ a: [1], b: [[1], [1]] });
  });
});

describe('parseDoc: nesting', () => {
  const deep = {
    flow: `a: ${'['.repeat(1000)}${']'.repeat(1000)}\n`,
    block: `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`,
    sequence: `a:\n${'- '.repeat(1000)}x\n`,
  };

  it('reports nesting deeper than 64 levels where the 65th level starts, for flow and block collections', () => {
    const at = Object.fromEntries(Object.entries(deep).map(([name, yaml]) => [name, parseDoc('x.md', doc(yaml)).findings]));
    const finding = (line: number, column: number) => [{
      file: 'x.md', line, column, endLine: line, endColumn: column, rule: 'too-deeply-nested',
      message: 'The front matter nests deeper than 64 levels.', hint: 'Flatten the structure: no field needs more than a few levels.',
    }];
    // The root mapping is level 1, so the 64th `[` opens level 65.
    expect(at).toEqual({ flow: finding(2, 67), block: finding(66, 65), sequence: finding(3, 127) });
  });

  it('accepts 64 levels', () => {
    expect(parseDoc('x.md', doc(`a: ${'['.repeat(63)}${']'.repeat(63)}\n`)).findings).toEqual([]);
  });
});
