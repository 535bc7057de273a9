import { parseDocument, type Document } from 'yaml';
import type { Finding, Place } from '../diagnostic.ts';
import { describeYamlErrors } from './describe-yaml-errors.ts';
import { findAliasProblems } from './find-alias-problems.ts';
import { findControlCharacter } from './find-control-character.ts';
import { findDeepNesting, MAX_YAML_DEPTH } from './find-deep-nesting.ts';
import { findDuplicateKeys } from './find-duplicate-keys.ts';

/**
 * How every fieldguide file's YAML is parsed: messages are one line. Duplicate keys are errors too, but found by
 * `findDuplicateKeys` in linear time rather than by the library's `uniqueKeys`, which is quadratic.
 */
export const YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false } as const;

/** A parsed YAML text: its tree and plain data, or located findings and neither. */
export interface YamlData {
  yaml?: Document;
  data?: unknown;
  findings: Finding[];
}

/**
 * Parses YAML text into data without ever throwing or recursing without bound: nesting past {@link MAX_YAML_DEPTH},
 * syntax errors and unsafe aliases all become located findings. `what` names the text in messages ("The teams file"),
 * and `at` turns an offset into the text into a place in the file.
 */
export function parseYamlData(file: string, source: string, what: string, at: (offset: number) => Place): YamlData {
  const deep = tooDeep(file, source, what, at);
  if (deep) return { findings: [deep] };
  const control = controlCharacter(file, source, at);
  if (control) return { findings: [control] };
  let yaml: Document;
  try {
    yaml = parseDocument(source, YAML_OPTIONS);
  } catch (error) {
    return { findings: [failed(file, source, what, at, error)] };
  }
  return dataOf(file, source, what, at, yaml);
}

/** The data of an already parsed text whose nesting is known to be bounded: its syntax errors, unsafe aliases, or data. */
export function dataOf(file: string, source: string, what: string, at: (offset: number) => Place, yaml: Document): YamlData {
  const errors = yamlErrors(file, source, yaml, at);
  if (errors.length > 0) return { findings: errors };
  const duplicates = findDuplicateKeys(yaml).map((duplicate): Finding => ({
    file, ...at(duplicate.offset), rule: 'yaml-syntax',
    message: `The key \`${duplicate.key}\` is written twice in the same mapping (DUPLICATE_KEY).`,
    hint: 'Keep one of the two.',
    related: [{ file, ...at(duplicate.firstOffset), message: 'First written here.' }],
  }));
  if (duplicates.length > 0) return { findings: duplicates };
  const aliases = aliasFindings(file, yaml, at);
  if (aliases.length > 0) return { findings: aliases };
  try {
    // The aliases were counted above, so the library's own count (which throws) is not needed.
    return { yaml, data: yaml.toJS({ maxAliasCount: -1 }), findings: [] };
  } catch (error) {
    return { findings: [failed(file, source, what, at, error)] };
  }
}

/** The `too-deeply-nested` finding for a text that nests past the limit, located where it does. */
export function tooDeep(file: string, source: string, what: string, at: (offset: number) => Place, exact = false): Finding | undefined {
  const offset = findDeepNesting(source, MAX_YAML_DEPTH, exact);
  if (offset === undefined) return undefined;
  return {
    file, ...at(offset), rule: 'too-deeply-nested',
    message: `${what} nests deeper than ${MAX_YAML_DEPTH} levels.`,
    hint: 'Flatten the structure: no field needs more than a few levels.',
  };
}

/**
 * Located findings for the YAML errors, one per mistake, in plain words with a hint; each message ends with the
 * library's error code, such as `(TAB_AS_INDENT)`.
 */
export function yamlErrors(file: string, source: string, doc: Document, at: (offset: number) => Place): Finding[] {
  return describeYamlErrors(source, doc.errors, doc.contents?.range?.[2]).map((problem) => ({
    file, ...at(problem.offset), rule: 'yaml-syntax' as const, message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
  }));
}

/** The `yaml-syntax` finding for the first character YAML does not allow anywhere (a pasted control character). */
export function controlCharacter(file: string, source: string, at: (offset: number) => Place): Finding | undefined {
  const found = findControlCharacter(source);
  if (!found) return undefined;
  return {
    file, ...at(found.offset), rule: 'yaml-syntax',
    message: `Unexpected control character ${found.codePoint}: YAML does not allow it, even in quotes.`,
    hint: 'Delete it: it is invisible in most editors and usually comes with a copy and paste.',
  };
}

/** Located `yaml-syntax` findings for aliases that cannot be expanded safely. */
export function aliasFindings(file: string, doc: Document, at: (offset: number) => Place): Finding[] {
  return findAliasProblems(doc).map((problem) => ({
    file, ...at(problem.offset), rule: 'yaml-syntax' as const, message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
  }));
}

/** A reader threw after all (a stack overflow the bound should have prevented): still a finding, never a crash. */
function failed(file: string, source: string, what: string, at: (offset: number) => Place, error: unknown): Finding {
  return tooDeep(file, source, what, at, true) ?? {
    file, ...at(0), rule: 'yaml-syntax', message: `${firstSentence(error instanceof Error ? error.message : String(error))}.`,
  };
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0]!.trim().replace(/[.:]$/, '');
  return line.replace(/ at line \d+, column \d+$/, '');
}
