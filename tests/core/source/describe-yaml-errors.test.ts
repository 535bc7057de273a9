import { describe, expect, it } from 'vitest';
import { parseDoc } from '../../../src/core/source/parse-doc.ts';
import { parseYamlData } from '../../../src/core/source/parse-yaml-data.ts';
import { LineIndex } from '../../../src/core/source/line-index.ts';

/** Each finding of a doc with this front matter as `line:column message (hint)`. */
const problems = (frontMatter: string) =>
  parseDoc('x.md', `---\n${frontMatter}---\n\n## Overview\n`).findings.map((f) => `${f.line}:${f.column} ${f.rule}: ${f.message}${f.hint ? ` (${f.hint})` : ''}`);

/** A healthy front matter with nested lists and mappings, as `new` writes them. */
const HEALTHY = `name: Example
summary: An example system.
owner: releng
lifecycle: production
experts:
  - name: Expert 1
  - name: Expert 2
contacts:
  chat: "#releng"
depends_on:
  - a
  - b
ilities:
  scalability: { status: pass }
  reliability: { status: pass }
  security: { status: pass }
failure_modes:
  - scenario: Down
    impact: Nothing builds
    mitigation: Restart
review:
  last_reviewed: 2026-10-01
`;

describe('YAML errors in plain words, one per mistake, at the line that has it', () => {
  it('reports one tab in the indentation once, at the tab', () => {
    expect(problems(HEALTHY.replace('  - scenario', '\t- scenario'))).toEqual([
      '19:1 yaml-syntax: Indentation uses a tab; YAML allows only spaces (TAB_AS_INDENT). (Replace the tab with spaces, as many as the lines around it use.)',
    ]);
  });

  it('gives exactly one finding, on its own line, for a tab or an extra space on any line', () => {
    const lines = HEALTHY.trimEnd().split('\n');
    lines.forEach((line, i) => {
      const broken = [
        ...(/^ +\S/.test(line) ? [line.replace(/^ /, '\t')] : []),
        ...(i > 0 ? [` ${line}`] : []),
      ];
      for (const edit of broken) {
        const found = problems([...lines.slice(0, i), edit, ...lines.slice(i + 1)].join('\n') + '\n');
        // Some extra spaces are valid YAML (an only child indented more, a list item read as the one above's continuation).
        if (found.length === 0 && edit.startsWith(' ')) continue;
        // When the first entry of a block is indented more, the second is the one that does not line up with it.
        const first = /:\s*$/.test(lines[i - 1] ?? '');
        const expected = first && edit.startsWith(' ') ? String(i + 3) : String(i + 2);
        expect({ edit, lines: found.map((f) => f.split(':')[0]) }).toEqual({ edit, lines: [expected] });
      }
    });
  });

  it('points an extra space at the line that has it, not at the end of the line above', () => {
    expect(problems('name: X\nowner: releng\n tier: 1\nsummary: y\n')).toEqual([
      '4:1 yaml-syntax: Unexpected indentation: this line is indented more than the line above, so YAML reads it as part of that value (BLOCK_AS_IMPLICIT_KEY). (Line it up with the keys around it; only a list or a mapping goes indented under its key.)',
    ]);
    expect(problems('name: X\nlinks:\n  repo: x\n   docs: y\n')[0]).toMatch(/^5:3 yaml-syntax: Unexpected indentation: this line is indented more/);
  });

  it('says a line is indented less than its neighbours', () => {
    expect(problems('name: X\nlinks:\n  repo: x\n docs: y\n')).toEqual([
      '5:1 yaml-syntax: Unexpected indentation: this line does not line up with the entries above it (BAD_INDENT). (Indent it exactly as much as the other entries of the same list or mapping.)',
    ]);
  });

  it('says the first line is indented when that is what breaks the rest', () => {
    expect(problems(' name: X\nowner: releng\ntier: 1\n')).toEqual([
      '2:1 yaml-syntax: Unexpected indentation: the first line is indented, so the keys after it cannot be read (UNEXPECTED_TOKEN). (Start every top-level key at the beginning of its line.)',
    ]);
  });

  it('points an unclosed quote at where it opens', () => {
    expect(problems('name: "X\nowner: releng\ntier: 1\n')).toEqual([
      '2:7 yaml-syntax: The quote `"` opened here is never closed (MISSING_CHAR). (Add the closing `"` at the end of the value.)',
    ]);
    expect(problems("name: X\nsummary: 'it''s\n")).toEqual([
      "3:10 yaml-syntax: The quote `'` opened here is never closed (MISSING_CHAR). (Add the closing `'` at the end of the value.)",
    ]);
  });

  it('points an unclosed bracket at the end of its line', () => {
    expect(problems('name: X\ndepends_on: [a, b\nowner: releng\n')).toEqual([
      '3:17 yaml-syntax: The `[` opened on this line is never closed with `]` (BAD_INDENT). (Add the `]` at the end of the list.)',
    ]);
    expect(problems('name: X\nlinks: {repo: x\nowner: releng\n')).toEqual([
      '3:15 yaml-syntax: The `{` opened on this line is never closed with `}` (BAD_INDENT). (Add the `}` at the end of the mapping.)',
    ]);
  });

  it('says a value holds a second `: ` and how to quote it', () => {
    expect(problems('name: X\nsummary: Builds: nightly\nowner: r\n')).toEqual([
      '3:16 yaml-syntax: The value of `summary` contains `: `, which YAML reads as the start of another key (BLOCK_AS_IMPLICIT_KEY). (Quote the whole value: `summary: "Builds: nightly"`.)',
    ]);
  });

  it('says a line has no `: `, or no space after its colon', () => {
    expect(problems('name: X\nowner releng\ntier: 1\n')).toEqual([
      '3:1 yaml-syntax: Expected `key: value` on this line, found no `: ` (MULTILINE_IMPLICIT_KEY). (Add a colon and a space after the key, or indent the line if it continues the value above.)',
    ]);
    expect(problems('name: X\nowner:releng\ntier: 1\n')).toEqual([
      '3:1 yaml-syntax: Missing space after the colon in `owner:releng` (MULTILINE_IMPLICIT_KEY). (Write `key: value`: YAML needs a space after the colon.)',
    ]);
  });

  it('names a stray character once, and nothing of what follows it', () => {
    expect(problems('name: X\nowner: releng\n]\ntier: 1\nkind: service\n')).toEqual([
      '4:1 yaml-syntax: Unexpected `]`: YAML cannot read it here (UNEXPECTED_TOKEN). (Delete it, or quote the whole value if it belongs to it.)',
    ]);
    expect(problems('name: X\nowner: "r" x\n')).toEqual([
      '3:12 yaml-syntax: Unexpected `x`: YAML cannot read it here (UNEXPECTED_TOKEN). (Delete it, or quote the whole value if it belongs to it.)',
    ]);
    expect(problems('name: `X`\n')).toEqual([
      '2:7 yaml-syntax: A value cannot start with `` ` `` unless it is quoted (BAD_SCALAR_START). (Quote the whole value: `"`X`"`.)',
    ]);
    expect(problems('name: X\n@owner: releng\n')).toEqual([
      '3:1 yaml-syntax: A key cannot start with `@` unless it is quoted (BAD_SCALAR_START). (Delete the character, or quote the key.)',
    ]);
  });

  it('names a control character at its place, in or out of quotes', () => {
    const hint = '(Delete it: it is invisible in most editors and usually comes with a copy and paste.)';
    expect(problems('name: X\u0001\nowner: r\n')).toEqual([`2:8 yaml-syntax: Unexpected control character U+0001: YAML does not allow it, even in quotes. ${hint}`]);
    expect(problems('name: "X\u0007"\nowner: r\n')).toEqual([`2:9 yaml-syntax: Unexpected control character U+0007: YAML does not allow it, even in quotes. ${hint}`]);
  });

  it('reports two separate mistakes separately', () => {
    expect(problems('name: X\nowner: releng\n tier: 1\nsummary: y\nlinks:\n\trepo: x\n').map((p) => p.split(' ')[0])).toEqual(['4:1', '7:1']);
  });

  it('speaks the same way for the teams file and the config', () => {
    const text = 'teams:\n  - id: releng\n\tname: Release\n';
    const lines = new LineIndex(text);
    expect(parseYamlData('systems/teams.yaml', text, 'The teams file', (o) => lines.place(o)).findings).toEqual([{
      file: 'systems/teams.yaml', line: 3, column: 1, rule: 'yaml-syntax',
      message: 'Indentation uses a tab; YAML allows only spaces (TAB_AS_INDENT).', hint: 'Replace the tab with spaces, as many as the lines around it use.',
    }]);
  });
});
