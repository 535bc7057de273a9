import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/core/source/split-front-matter.ts';
import { readHeadings, type Heading } from '../../../src/core/source/read-headings.ts';

/** The implementation the scanner replaces: remark's parser over the whole body. */
function referenceHeadings(body: string, firstLine: number): Heading[] {
  const headings: Heading[] = [];
  for (const node of fromMarkdown(body).children) {
    if (node.type !== 'heading' || !node.position) continue;
    headings.push({
      depth: node.depth,
      text: toString(node).trim(),
      line: node.position.start.line + firstLine - 1,
      column: node.position.start.column,
    });
  }
  return headings;
}

// Container openers and indentation a line may start with; combined, they nest quotes and list items.
const PREFIXES = [
  '', '', '', '', ' ', '  ', '   ', '    ', '     ', '\t', ' \t', '> ', '>', ' > ', '>\t', '>  ', '- ', '-  ', '-\t',
  '-     ', '* ', '+ ', '1. ', '1) ', '2. ', '10. ', '0. ', '1234567890. ', '  - ', '   * ', '    - ', '> - ', '- > ',
];

// Line contents: headings, underlines, breaks, fences, HTML, tables, definitions, list markers and text. A
// definition whose destination is on the next line (`[a]:` alone) is left out: the scanner knows one-line ones only.
const CONTENTS = [
  '', '', '', '', 'text', 'more  text', 'Overview', 'line  ', 'line\\', 'tab\t', '# Overview', '#  Runbook  ',
  '## Two ##', '### Three #', '#\tTab', '###### Six', '####### Seven', '#NoSpace', '#', '# ', '# #', '### ###',
  '# a #b', '# a\\#', '# a \\#', '# a ## b ##', '# *em* and _u_', '# `code` x', '# [link](u) y', '# [ref]',
  '# ![img *x*](i)', '# &amp; &copy; x', '# <b>x</b>', '# a  b\t c', '# **strong**', '# ~~del~~ | x',
  '  ## Indented', '#\t', '===', '---', '= =', '--', '  ===  ', '- - -', '***', '___', '* * *', '_ _ _', '----- ',
  '```', '````', '```js', '``` a`b', '~~~', '~~~~', '~~~ a`b', '<div>', '</div>', '<div/>', '<DIV class="x">',
  '<!-- c', '-->', '<!-- a -->', '<!-->', '<pre>', '</pre>', '<pre>x</pre>', '<script>', '</script>', '<span>',
  '<a href="x">', '<a b=c d>', '</span>', '<x y="1"/>', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>',
  '| a | b |', '|---|---|', 'a | b', '[ref]: /url', '[ref]: /url "t"', '[ref]', '1. item', '2. item',
  '1) item', '- item', '* item', '+ item', '-', '1.', '*', '-  ', '> inner', '>', 'x *a* _b_ `c`', '[a](<b',
  '*_ *_', '\\# not', '&#35; x', '    code', '\tcode',
];

const line = fc.tuple(fc.array(fc.constantFrom(...PREFIXES), { maxLength: 3 }), fc.constantFrom(...CONTENTS))
  .map(([prefixes, content]) => prefixes.join('') + content);
const body = fc.array(line, { maxLength: Number(process.env.READ_HEADINGS_LINES ?? 16) }).map((lines) => lines.join('\n'));

// Characters that matter to block structure, for bodies that no grammar would write.
const character = fc.constantFrom('#', ' ', ' ', '\t', '>', '-', '*', '_', '+', '1', '.', ')', '`', '~', '=', '<', '/', 'a', 'a', 'b', '\n', '\n', '\n', '[', ']', ':', '!', '\\', 'd', 'i', 'v', '?');
const soup = fc.array(character, { maxLength: 80 }).map((chars) => chars.join(''));

const runs = Number(process.env.READ_HEADINGS_RUNS ?? 2500);

describe('readHeadings finds what remark finds', () => {
  it('on bodies built from block shapes', () => {
    fc.assert(fc.property(body, (text) => {
      expect(readHeadings(text, 7)).toEqual(referenceHeadings(text, 7));
    }), { seed: Number(process.env.READ_HEADINGS_SEED ?? 20_240_607), numRuns: runs });
  }, 120_000);

  it('on bodies made of structural characters', () => {
    fc.assert(fc.property(soup, (text) => {
      expect(readHeadings(text, 1)).toEqual(referenceHeadings(text, 1));
    }), { seed: Number(process.env.READ_HEADINGS_SEED ?? 7), numRuns: runs });
  }, 120_000);

  it('in every doc of the repository and the fixtures', () => {
    const files = [
      ...readdirSync('systems').filter((name) => name.endsWith('.md')).map((name) => join('systems', name)),
      ...(readdirSync('tests/fixtures', { recursive: true }) as string[]).filter((name) => name.endsWith('.md')).map((name) => join('tests/fixtures', name)),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const split = splitFrontMatter(text);
      const start = split && split !== 'unclosed' ? split.bodyStart : 0;
      const bodyText = text.slice(start);
      expect(readHeadings(bodyText, 3), file).toEqual(referenceHeadings(bodyText, 3));
    }
  });

  it('on the cases the differential runs turned up', () => {
    for (const text of KNOWN_CASES) expect(readHeadings(text, 1), JSON.stringify(text)).toEqual(referenceHeadings(text, 1));
  });
});

// Bodies where the scanner once disagreed with remark, kept as plain examples.
const KNOWN_CASES: string[] = [
  '    code\n2. foo\n# h',
  '> a\n<span>\n# b',
  '[a]: /u\n===\n# h',
  '[a]: /u\nfoo\n===',
  '# [a]\n\n[a]: /u',
  'a\n> 2. b\n===',
  ' \t<!-- a -->\n10. # [ref]\n----- ',
  '> - \n\t</span>\n2. \n-  ',
  '[ref]: /url "t"\n--\n-  ',
  '[ref]: /url\n===\n===',
];

describe('readHeadings on hostile bodies', () => {
  // Each of these took remark's parser seconds or more on 1 MiB; here they must come out right (and fast: see bench).
  const MiB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.floor(MiB / unit.length));

  it('reads 1 MiB of `# *a*` headings', () => {
    const headings = readHeadings(fill('# *a*\n'), 1);
    expect(headings).toHaveLength(Math.floor(MiB / 6));
    expect(headings[0]).toEqual({ depth: 1, text: 'a', line: 1, column: 1 });
    expect(headings.at(-1)).toEqual({ depth: 1, text: 'a', line: headings.length, column: 1 });
  });

  it('reads 1 MiB of `# h` headings and none from 1 MiB of short paragraphs', () => {
    const headings = readHeadings(fill('# h\n'), 1);
    expect(headings).toHaveLength(MiB / 4);
    expect(headings.at(-1)).toEqual({ depth: 1, text: 'h', line: MiB / 4, column: 1 });
    expect(readHeadings(`# Top\n\n${fill('para\n\n')}## End\n`, 1)).toEqual([
      { depth: 1, text: 'Top', line: 1, column: 1 },
      { depth: 2, text: 'End', line: 3 + 2 * Math.floor(MiB / 6), column: 1 },
    ]);
  });

  it('reads the top-level headings around a 32-deep list filling 1 MiB', () => {
    const deepList = Array.from({ length: 32 }, (_, i) => `${'  '.repeat(i)}- item ${i}\n${'  '.repeat(i + 1)}# inner\n`).join('');
    const repeats = Math.floor(MiB / deepList.length);
    const headings = readHeadings(`# Title\n\n${deepList.repeat(repeats)}\n# After\n`, 1);
    expect(headings).toEqual([
      { depth: 1, text: 'Title', line: 1, column: 1 },
      { depth: 1, text: 'After', line: 4 + 64 * repeats, column: 1 },
    ]);
  });

  it('reads the headings of bodies nested far deeper than remark could parse', () => {
    expect(readHeadings(`# Title\n\n${'>'.repeat(40_000)} x\n\n## Next`, 5)).toEqual([
      { depth: 1, text: 'Title', line: 5, column: 1 },
      { depth: 2, text: 'Next', line: 9, column: 1 },
    ]);
    expect(readHeadings(`# Title\n\n${'* '.repeat(40_000)}a\n${'\n'.repeat(40_000)}# End`, 1)).toEqual([
      { depth: 1, text: 'Title', line: 1, column: 1 },
      { depth: 1, text: 'End', line: 40_004, column: 1 },
    ]);
  });

  it('reads headings next to inline runs that remark takes long over', () => {
    expect(readHeadings(`# A\n\n${'[a](<'.repeat(8000)}\n\n# B`, 1)).toEqual([
      { depth: 1, text: 'A', line: 1, column: 1 },
      { depth: 1, text: 'B', line: 5, column: 1 },
    ]);
    expect(readHeadings(`${'*_'.repeat(4000)}\n\n# B`, 1)).toEqual([{ depth: 1, text: 'B', line: 3, column: 1 }]);
    // Too long a heading to parse: its text is stripped, not parsed.
    const [long] = readHeadings(`# ${'*_'.repeat(4000)}x`, 1);
    expect(long).toEqual({ depth: 1, text: 'x', line: 1, column: 1 });
  });
});
