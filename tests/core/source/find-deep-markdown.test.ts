import { describe, expect, it } from 'vitest';
import { findDeepMarkdown } from '../../../src/core/source/find-deep-markdown.ts';
import { readHeadings } from '../../../src/core/source/read-headings.ts';

const HINT = 'Block quotes (`>`) and list items nest; flatten them, or put the text in a fenced code block.';
const deep = (line: number, column: number, depth: string) => ({
  file: 'systems/a.md', line, column, rule: 'too-deeply-nested',
  message: `The Markdown body nests ${depth} levels deep here; fieldguide reads at most 32.`, hint: HINT,
});
const find = (body: string) => findDeepMarkdown('systems/a.md', body, 10);
const nestedList = (levels: number, between = '') => Array.from({ length: levels }, (_, i) => `${' '.repeat(i * 2)}- x\n${between}`).join('');

describe('too-deeply-nested rule for the Markdown body', () => {
  it('reports 40,000 `>` on one line at the 33rd, with the line\'s whole depth', () => {
    expect(find(`${'>'.repeat(40_000)} x`)).toEqual(deep(10, 33, '40,000'));
  });

  it('reports 33 nested block quotes, list items and ordered items where the 33rd opens', () => {
    expect(find(`Text.\n\n${'> '.repeat(33)}x\n`)).toEqual(deep(12, 65, '33'));
    expect(find(`${'- '.repeat(40_000)}x`)).toEqual(deep(10, 65, '40,000'));
    expect(find(nestedList(40))).toEqual(deep(42, 65, '33'));
    expect(find(Array.from({ length: 34 }, (_, i) => `${' '.repeat(i * 3)}1. x\n`).join(''))).toEqual(deep(42, 97, '33'));
  });

  it('follows list items through blank and lazy lines', () => {
    expect(find(nestedList(40, '\n'))).toEqual(deep(74, 65, '33'));
    expect(find(nestedList(40, 'lazy\n'))).toEqual(deep(74, 65, '33'));
  });

  it('accepts 32 levels, deep indentation in code, and thematic breaks', () => {
    expect(find(`${'> '.repeat(32)}x\n${nestedList(32)}`)).toBeUndefined();
    expect(find(`\`\`\`\n${' '.repeat(200)}- x\n${'> '.repeat(40)}\n\`\`\`\n`)).toBeUndefined();
    expect(find(`Text.\n\n${' '.repeat(200)}${'> '.repeat(40)}x\n`)).toBeUndefined();
    expect(find(`${'* '.repeat(40)}\n${'- '.repeat(40)}\n${'> '.repeat(31)}* * *\n`)).toBeUndefined();
  });
});

describe('readHeadings on hostile bodies', () => {
  // Each of these ran for seconds to minutes in remark's parser; a regression hits the test timeout.
  it('still reads the top-level headings of a body nested too deeply to render, without parsing the nesting', () => {
    const title = [{ depth: 1, text: 'Title', line: 5, column: 1 }];
    expect(readHeadings(`# Title\n\n${'>'.repeat(40_000)} x`, 5)).toEqual(title);
    expect(readHeadings(`# Title\n\n${'* '.repeat(40_000)}a`, 5)).toEqual(title);
    expect(readHeadings(`# Title\n\n${nestedList(1000)}\n\n## After\n`, 5)).toEqual([...title, { depth: 2, text: 'After', line: 1009, column: 1 }]);
  });

  it('still reads the headings of a body 32 levels deep', () => {
    expect(readHeadings(`# Title\n\n${'> '.repeat(32)}x\n\n## Next\n`, 5)).toEqual([
      { depth: 1, text: 'Title', line: 5, column: 1 },
      { depth: 2, text: 'Next', line: 9, column: 1 },
    ]);
  });
});
