import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { locateBlockPath } from '../../../src/core/source/locate-block-path.ts';
import { locatePath } from '../../../src/core/source/locate-path.ts';
import { YAML_OPTIONS } from '../../../src/core/source/parse-yaml-data.ts';
import { splitFrontMatter } from '../../../src/core/source/split-front-matter.ts';

type Path = (string | number)[];

/** Every path into the data (each key and each item), and one that goes nowhere. */
function pathsOf(data: unknown): Path[] {
  const paths: Path[] = [['nowhere']];
  const visit = (value: unknown, path: Path) => {
    if (path.length > 0) paths.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(data, []);
  return paths;
}

/** The paths the scan answered for, each checked against `locatePath` over the `yaml` library's tree. */
function compareAll(source: string): { answered: string[]; wrong: string[] } {
  const data = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
  const doc = parseDocument(source, YAML_OPTIONS);
  const answered: string[] = [];
  const wrong: string[] = [];
  for (const path of pathsOf(data)) {
    for (const key of [false, true]) {
      const fast = locateBlockPath(source, data, path, key);
      if (!fast) continue;
      const name = `${path.join('.')}${key ? ' (key)' : ''}`;
      answered.push(name);
      const slow = locatePath(doc, path, { key });
      if (fast.start !== slow.start || fast.end !== slow.end) wrong.push(`${name}: ${fast.start}-${fast.end}, expected ${slow.start}-${slow.end}`);
    }
  }
  return { answered, wrong };
}

const frontMatter = (text: string) => {
  const split = splitFrontMatter(text);
  if (split === undefined || split === 'unclosed') throw new Error('no front matter');
  return text.slice(split.yamlStart, split.yamlEnd);
};

describe('locateBlockPath', () => {
  it('agrees with the yaml library on every path of the example docs, and answers for their top-level fields', () => {
    const dir = new URL('../../../systems/', import.meta.url);
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const { answered, wrong } = compareAll(frontMatter(readFileSync(new URL(name, dir), 'utf8')));
      expect(wrong, name).toEqual([]);
      for (const field of ['lifecycle', 'owner', 'experts (key)']) expect(answered, name).toContain(field);
    }
  });

  it('reads one-line scalars: plain, quoted, with comments and trailing spaces', () => {
    const source = 'a: 1   # c\nb: "x # y"  \nc: \'it\'\'s\' # z\nd: a#b\ne:\n  f: g\n  h:\n    - i\n    - j: k\n      l: m\n';
    const { answered, wrong } = compareAll(source);
    expect(wrong).toEqual([]);
    expect(answered).toEqual(['a', 'a (key)', 'b', 'b (key)', 'c', 'c (key)', 'd', 'd (key)', 'e (key)', 'e.f', 'e.f (key)', 'e.h (key)', 'e.h.0', 'e.h.1.j', 'e.h.1.j (key)', 'e.h.1.l', 'e.h.1.l (key)']);
  });

  it.each([
    ['a flow mapping', '{ a: 1, b: 2 }\n', ['a']],
    ['a flow sequence item', 'a: [1, 2]\n', ['a', 0]],
    ['a block scalar', 'a: |\n  b: 1\n', ['a']],
    ['a plain scalar over two lines', 'a: b\n  c\n', ['a']],
    ['a quoted scalar continued at the margin', 'a: "b\nc: d"\nc: 1\n', ['c']],
    ['an anchor', 'a: &x 1\n', ['a']],
    ['a tag', 'a: !!str 1\n', ['a']],
    ['an explicit key', '? a\n: 1\n', ['a']],
    ['a quoted key', '"a": 1\n', ['a']],
    ['a tab', 'a:\t1\n', ['a']],
    ['a CRLF line break', 'a: 1\r\nb: 2\r\n', ['a']],
    ['a sequence at its key\'s indent', 'a:\n- 1\n', ['a', 0]],
    ['a key with no value', 'a:\nb: 1\n', ['a']],
    ['a collection', 'a:\n  b: 1\n', ['a']],
    ['a path past the document', 'a: 1\n', ['a', 'b']],
  ])('leaves %s to the parser', (_, source, path) => {
    expect(locateBlockPath(source, jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA }), path)).toBeUndefined();
  });

  it('agrees with the yaml library on generated block YAML, quirks included', () => {
    const key = fc.constantFrom('a', 'b', 'tier', 'x-y', 'on', 'null', 'k_1');
    const scalar = fc.constantFrom('1', 'b c', 'a#b', 'a # c', "'q''s'", '"d # e"', '"x\\"y"', '~', '', '|', '>-', '[1, 2]', '{ a: 1 }', 'a: b', '&x 1', '- 1', ' 2  ', 'b:', ':c', '"open', '#c');
    const line = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => `${k}:${v === '' ? '' : ' '}${v}`),
      scalar.map((v) => `- ${v}`),
      fc.tuple(key, scalar).map(([k, v]) => `- ${k}: ${v}`),
      fc.constantFrom('# comment', '', '-', '  ', 'text'),
    )).map(([indent, text]) => `${' '.repeat(indent)}${text}`);
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
      const source = `${lines.join('\n')}\n`;
      try {
        jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
      } catch {
        return;
      }
      expect(compareAll(source).wrong).toEqual([]);
    }), { numRuns: 3000 });
  });
});
