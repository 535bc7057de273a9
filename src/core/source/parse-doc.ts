import { parseDocument, type Document } from 'yaml';
import type { Finding } from '../diagnostic.ts';
import { LineIndex } from './line-index.ts';
import { splitFrontMatter } from './split-front-matter.ts';

/** A system doc split into its YAML front matter and Markdown body, with everything needed to locate problems. */
export interface ParsedDoc {
  file: string;
  text: string;
  lines: LineIndex;
  /** The parsed front matter; ranges in it are relative to `yamlStart`. */
  yaml: Document.Parsed;
  yamlStart: number;
  /** The front matter as plain data (a mapping when `findings` is empty). */
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/** Parses a doc's text; on failure returns located findings and no doc. */
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
  const yaml = parseDocument(text.slice(split.yamlStart, split.yamlEnd), { uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => lines.range(split.yamlStart + offset, split.yamlStart + offset);
  const findings: Finding[] = yaml.errors.map((error) => ({
    file, ...at(error.pos[0]), rule: 'yaml-syntax' as const,
    message: `${firstSentence(error.message)} (${error.code}).`,
  }));
  if (findings.length > 0) return { findings };
  const data: unknown = yaml.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const what = data === null ? 'empty' : Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    const place = yaml.contents ? at(yaml.contents.range[0]) : lines.place(split.yamlStart);
    return {
      findings: [{
        file, ...place, rule: 'not-a-mapping',
        message: `The front matter is ${what}; expected a mapping of fields such as \`name:\` and \`owner:\`.`,
      }],
    };
  }
  return {
    doc: {
      file, text, lines, yaml, yamlStart: split.yamlStart, data: data as Record<string, unknown>,
      body: text.slice(split.bodyStart), bodyLine: lines.place(split.bodyStart).line,
    },
    findings,
  };
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0]!.trim().replace(/[.:]$/, '');
  return line.replace(/ at line \d+, column \d+$/, '');
}
