import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { splitFrontMatter } from './source/split-front-matter.ts';

/**
 * The text the templates write, for rule `template-text`: every front-matter string value and body paragraph, with
 * whitespace folded and `{{placeholders}}` kept as written (they match any text). Plain data, so it can travel
 * with a catalog's input.
 */
export interface TemplateText {
  values: string[];
  paragraphs: string[];
}

/** The templates `fieldguide new` ships with. */
const BUILT_IN = fileURLToPath(new URL('../../templates/', import.meta.url));

const cache = new Map<string, TemplateText>();

/**
 * Reads the templates `new` may copy: the built-in ones and, when the project has a `templates/` folder in `root`,
 * its own, so the templates stay the single source of their text. Read once per folder and process.
 */
export function readTemplateText(root?: string): TemplateText {
  const folders = [BUILT_IN, ...(root !== undefined ? [join(root, 'templates')] : [])];
  const key = folders.join('\u0000');
  let text = cache.get(key);
  if (!text) {
    const templates = folders.flatMap((folder) => (existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.md')).sort().map((n) => readFileSync(join(folder, n), 'utf8')) : []));
    cache.set(key, (text = parseTemplateText(templates)));
  }
  return text;
}

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;
const TOKEN = /FIELDGUIDE_PLACEHOLDER_([a-z_]+)_/g;

/**
 * Collects the answers templates pre-write. Left out: values that are only a placeholder (the author's own answer),
 * and single lowercase words (`service`, `unknown`, `production`), which are choices from a list a template may rightly pre-fill.
 */
export function parseTemplateText(templates: readonly string[]): TemplateText {
  const values = new Set<string>();
  const paragraphs = new Set<string>();
  for (const template of templates) {
    const split = splitFrontMatter(template);
    if (!split || split === 'unclosed') continue;
    // Placeholders become plain words first: `{{name}}` alone would be read as a YAML mapping.
    const yaml = template.slice(split.yamlStart, split.yamlEnd).replace(PLACEHOLDER, 'FIELDGUIDE_PLACEHOLDER_$1_');
    collectStrings(parse(yaml) as unknown, (value) => {
      const text = foldSpace(value.replace(TOKEN, '{{$1}}'));
      if (text !== '' && !/^\{\{[a-z_]+\}\}$/.test(text) && !/^[a-z_]+$/.test(text)) values.add(text);
    });
    for (const { text } of splitParagraphs(template.slice(split.bodyStart), 1)) {
      if (!/^\{\{[a-z_]+\}\}$/.test(text)) paragraphs.add(text);
    }
  }
  return { values: [...values], paragraphs: [...paragraphs] };
}

/** A body's paragraphs (blocks between blank lines, headings left out), whitespace folded, with their first line. */
export function splitParagraphs(body: string, firstLine: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let block: string[] = [];
  let start = 0;
  const flush = () => {
    const text = foldSpace(block.join(' '));
    if (text !== '' && !text.startsWith('#')) out.push({ text, line: start });
    block = [];
  };
  body.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return flush();
    if (block.length === 0) start = firstLine + i;
    block.push(line);
  });
  flush();
  return out;
}

/** Whitespace that folding changes: at either end, a run, or any but a plain space. */
const UNFOLDED = /^\s|\s$|\s\s|[^\S ]/;

/** Trims and folds runs of whitespace into one space, so re-wrapped text still matches. */
export function foldSpace(text: string): string {
  // Most texts are already folded: testing is much cheaper than replacing.
  return UNFOLDED.test(text) ? text.trim().replace(/\s+/g, ' ') : text;
}

function collectStrings(value: unknown, found: (text: string) => void): void {
  if (typeof value === 'string') found(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, found);
}
