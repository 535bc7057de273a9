import jsYaml from 'js-yaml';
import { parseDocument, type Document } from 'yaml';
import type { Finding, Place } from '../diagnostic.ts';
import { LineIndex } from './line-index.ts';
import { locateBlockPath } from './locate-block-path.ts';
import { locatePath } from './locate-path.ts';
import { splitFrontMatter } from './split-front-matter.ts';
import { controlCharacter, dataOf, tooDeep, YAML_OPTIONS } from './parse-yaml-data.ts';

/** A system doc split into its YAML front matter and Markdown body, with everything needed to locate problems. */
export interface ParsedDoc {
  file: string;
  text: string;
  lines: LineIndex;
  /** Offset of the YAML text within the file. */
  yamlStart: number;
  /** The front matter's YAML text, between the fences. */
  yamlText: string;
  /** The front matter as plain data. */
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** The front matter's syntax tree with node ranges (relative to `yamlStart`), parsed on first use. */
  yaml: () => Document;
  /** The place of the node at a JSON path, or of its key with `key: true`. */
  locate: (path: readonly (string | number)[], key?: boolean) => Place;
}

const FRONT_MATTER = 'The front matter';

/** Anchors (`&name`) make aliases possible, and aliases can expand exponentially: such docs take the guarded parser. */
const ANCHOR = /(?:^|[\s[{,:-])&[^\s,[\]{}]+/m;

/**
 * Parses a doc's text; on failure returns located findings and no doc.
 * The data comes from js-yaml (about ten times faster than `yaml` here), and node positions from a line scan
 * (`locateBlockPath`) or, where that cannot tell, from `yaml`, parsed only when something needs such a place.
 */
export function parseDoc(file: string, text: string): { doc?: ParsedDoc; findings: Finding[] } {
  if (text.trim() === '') {
    return { findings: [{ file, line: 1, column: 1, rule: 'empty-file', message: 'The file is empty.', hint: 'Start from `npx fieldguide new <id>` or copy templates/system.md.' }] };
  }
  const split = splitFrontMatter(text);
  if (split === undefined) {
    return {
      findings: [{
        file, line: 1, column: 1, rule: 'no-front-matter',
        message: 'The file does not start with a `---` line opening the YAML front matter.',
        hint: 'Put the front matter between two `---` lines at the very top of the file.',
      }],
    };
  }
  if (split === 'unclosed') {
    return {
      findings: [{
        file, line: 1, column: 1, rule: 'no-front-matter',
        message: 'The front matter opened on line 1 is never closed.',
        hint: 'Add a `---` line after the last YAML line.',
      }],
    };
  }
  const lines = new LineIndex(text);
  const source = text.slice(split.yamlStart, split.yamlEnd);
  let tree: Document | undefined;
  // Duplicate keys are found by js-yaml, or by `dataOf` when the tree is what reads the data.
  const yaml = () => (tree ??= parseDocument(source, YAML_OPTIONS));
  // An error at the very end (an unclosed bracket or quote) is shown on the last YAML character, not on the closing `---`.
  const lastChar = Math.max(0, source.trimEnd().length - 1);
  const at = (offset: number) => lines.range(split.yamlStart + Math.min(offset, lastChar), split.yamlStart + Math.min(offset, lastChar));

  const deep = tooDeep(file, source, FRONT_MATTER, at);
  if (deep) return { findings: [deep] };
  // Found before either parser runs: js-yaml rejects them and `yaml` accepts them, and each says it its own way.
  const control = controlCharacter(file, source, at);
  if (control) return { findings: [control] };

  let data: unknown;
  if (ANCHOR.test(source)) {
    const parsed = dataOf(file, source, FRONT_MATTER, at, yaml());
    if (parsed.findings.length > 0) return { findings: parsed.findings };
    data = parsed.data;
  } else {
    try {
      data = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA, filename: file });
    } catch (error) {
      const parsed = dataOf(file, source, FRONT_MATTER, at, yaml());
      if (parsed.findings.length > 0) return { findings: parsed.findings };
      // The two parsers disagree on an edge case: report js-yaml's own position.
      const mark = (error as { mark?: { position: number } }).mark;
      const reason = (error as { reason?: string }).reason;
      return { findings: [{ file, ...at(mark?.position ?? 0), rule: 'yaml-syntax', message: `The front matter is not valid YAML${reason ? ` (js-yaml: ${reason})` : ''}.` }] };
    }
  }
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    const what = data === null || data === undefined ? 'empty' : Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    const contents = yaml().contents;
    const place = contents?.range ? at(contents.range[0]) : lines.place(split.yamlStart);
    return {
      findings: [{
        file, ...place, rule: 'not-a-mapping',
        message: `The front matter is ${what}; expected a mapping of fields such as \`name:\` and \`owner:\`.`,
      }],
    };
  }
  // Most places are of one-line values in block YAML, which a line scan finds; the rest take the second parse.
  const locate = (path: readonly (string | number)[], key = false): Place => {
    const range = locateBlockPath(source, data, path, key) ?? locatePath(yaml(), path, { key });
    return lines.range(split.yamlStart + range.start, split.yamlStart + range.end);
  };
  return {
    doc: {
      file, text, lines, yamlStart: split.yamlStart, yamlText: source, data: data as Record<string, unknown>,
      body: text.slice(split.bodyStart), bodyLine: lines.place(split.bodyStart).line, yaml, locate,
    },
    findings: [],
  };
}
