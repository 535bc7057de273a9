import type { ErrorObject } from 'ajv';
import { isScalar, type Document } from 'yaml';
import type { Finding } from '../diagnostic.ts';
import type { RuleId } from '../rules.ts';
import type { LineIndex } from '../source/line-index.ts';
import { locatePath, splitPointer, type PairIndex } from '../source/locate-path.ts';
import { suggest } from '../suggest.ts';

/** Where a YAML document sits in its file, so its node ranges become file places. */
export interface YamlSource {
  file: string;
  yaml: Document;
  lines: LineIndex;
  /** Offset of the YAML text within the file. */
  offset: number;
}

/** How many findings of one file get a "did you mean" suggestion. */
const MAX_SUGGESTIONS = 100;

/** Definitions whose `pattern` failures are security problems, not shape problems. */
const URL_DEF = '#/$defs/url/';

/** Turns ajv errors into located findings, one per problem, with branch noise from `oneOf` removed. */
export function schemaFindings(source: YamlSource, errors: readonly ErrorObject[], data: unknown, schema: SchemaNode): Finding[] {
  const findings: Finding[] = [];
  const index: PairIndex = new WeakMap();
  // A bad URL fails both the `uri` format and the scheme pattern: one place, one finding.
  const urlsSeen = new Set<string>();
  // "Did you mean" costs an edit distance per known name: plenty for the findings a reader sees (the report keeps
  // 20 per rule and file), not for 40,000 unknown keys.
  const budget = { suggestions: MAX_SUGGESTIONS };
  for (const error of pruneBranches(errors)) {
    const badUrl = error.schemaPath.startsWith(URL_DEF) && (error.keyword === 'pattern' || error.keyword === 'format');
    if (badUrl) {
      if (urlsSeen.has(error.instancePath)) continue;
      urlsSeen.add(error.instancePath);
    }
    const path = splitPointer(error.instancePath);
    const finding = badUrl ? describeUrl(String(valueAt(data, path)), path, schema) : describe(error, path, data, schema, budget, source.yaml);
    if (!finding) continue;
    const range = locatePath(source.yaml, finding.at, { key: finding.atKey, index });
    findings.push({
      file: source.file,
      ...source.lines.range(source.offset + range.start, source.offset + range.end),
      rule: finding.rule,
      message: finding.message,
      ...(finding.hint ? { hint: finding.hint } : {}),
    });
  }
  return findings;
}

/** The part of a JSON Schema that hints need. */
export interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  oneOf?: SchemaNode[];
  description?: string;
  [keyword: string]: unknown;
}

interface Described {
  rule: RuleId;
  message: string;
  hint?: string;
  at: (string | number)[];
  atKey?: boolean;
}

function describe(error: ErrorObject, path: (string | number)[], data: unknown, schema: SchemaNode, budget: { suggestions: number }, yaml: Document): Described | undefined {
  const field = fieldName(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const where = path.length === 0 ? 'the front matter' : `\`${field}\``;
      return { rule: 'schema', message: `Missing required field \`${missing}\` in ${where}.`, at: path, atKey: path.length > 0 };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys(propertiesAt(schema, path));
      const guess = budget.suggestions-- > 0 ? suggest(extra, known) : undefined;
      const where = path.length === 0 ? '' : ` in \`${field}\``;
      return {
        rule: 'schema',
        message: `Unexpected field \`${extra}\`${where}.`,
        hint: guess ? `Did you mean \`${guess}\`?` : known.length > 0 ? `Expected one of ${list(known)}.` : undefined,
        at: [...path, extra],
        atKey: true,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const actual = String(valueAt(data, path));
      const guess = suggest(actual, allowed);
      return {
        rule: 'schema',
        message: `Unexpected \`${actual}\` for \`${field}\`, expected one of ${list(allowed)}.`,
        ...(guess ? { hint: `Did you mean \`${guess}\`?` } : {}),
        at: path,
      };
    }
    case 'type': {
      const actual = valueAt(data, path);
      const comment = actual === null ? commentedOut(yaml, path) : undefined;
      if (comment !== undefined) {
        const key = path[path.length - 1];
        return {
          rule: 'schema', message: `\`${field}\` is empty: \`#${truncate(comment.trimStart())}\` after the colon starts a YAML comment.`,
          hint: `Quote the value: \`${String(key)}: "#${comment.trimStart().replace(/"/g, '\\"')}"\`.`, at: path,
        };
      }
      return { rule: 'schema', message: `Expected \`${field}\` to be ${article(String(params.type))}, got ${kindOf(actual)}.`, at: path };
    }
    case 'pattern': {
      const actual = String(valueAt(data, path));
      if (error.schemaPath.startsWith('#/$defs/id/') || path[path.length - 1] === 'id') {
        return { rule: 'schema', message: `\`${truncate(actual)}\` is not a valid id for \`${field}\`: use lowercase letters, digits and single hyphens.`, at: path };
      }
      if (field === 'summary') return { rule: 'schema', message: '`summary` must be a single line.', hint: 'Move details to the Overview section.', at: path };
      return { rule: 'schema', message: `\`${truncate(actual)}\` is not a valid value for \`${field}\`.`, hint: `It must match \`${String(params.pattern)}\`.`, at: path };
    }
    case 'format': {
      const actual = String(valueAt(data, path));
      const format = String(params.format);
      const expected = format === 'date' ? 'a date written YYYY-MM-DD' : format === 'email' ? 'an email address' : `a valid ${format}`;
      return { rule: 'schema', message: `Expected \`${field}\` to be ${expected}, got \`${truncate(actual)}\`.`, at: path };
    }
    case 'minLength':
      return { rule: 'schema', message: `\`${field}\` must not be empty.`, at: path };
    case 'maxLength':
      return { rule: 'schema', message: `\`${field}\` is longer than ${String(params.limit)} characters.`, at: path };
    case 'minimum':
    case 'maximum':
      return { rule: 'schema', message: `\`${field}\` must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}, got ${String(valueAt(data, path))}.`, at: path };
    case 'minProperties':
      return { rule: 'schema', message: `\`${field}\` must not be empty.`, at: path };
    case 'uniqueItems':
      // ajv's `i` is the earlier index and `j` the later one: point at the repeat.
      return { rule: 'schema', message: `\`${field}\` lists the same value twice (items ${Number(params.i) + 1} and ${Number(params.j) + 1}).`, at: [...path, Number(params.j)] };
    case 'oneOf':
      return { rule: 'schema', message: `\`${field}\` must be a system id or a mapping with an \`id\`.`, at: path };
    case 'const':
    default:
      return { rule: 'schema', message: `\`${field}\` ${error.message ?? 'is invalid'}.`, at: path };
  }
}

/**
 * The one finding for a URL that fails the schema's `url` definition: a scheme other than https:, http: or mailto:
 * (in any case) is `unsafe-url`; a URL with no scheme, no host or no address is a `schema` problem.
 */
function describeUrl(actual: string, path: (string | number)[], schema: SchemaNode): Described {
  const field = fieldName(path);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(actual)?.[1]?.toLowerCase();
  const pattern = schema.$defs?.url?.pattern;
  if (typeof pattern === 'string' && new RegExp(pattern, 'u').test(actual)) {
    // The scheme and host are fine, so the `uri` format failed: a space or a character that must be escaped.
    return { rule: 'schema', message: `\`${truncate(actual)}\` in \`${field}\` is not a valid URL.`, hint: 'Escape spaces and other special characters (a space is `%20`).', at: path };
  }
  if (scheme === 'mailto') {
    return { rule: 'schema', message: `\`${truncate(actual)}\` in \`${field}\` has no email address.`, hint: 'Write it as `mailto:team@example.org`.', at: path };
  }
  if (scheme === 'http' || scheme === 'https') {
    return { rule: 'schema', message: `\`${truncate(actual)}\` in \`${field}\` has no host.`, hint: 'Write the full URL, such as `https://example.org/path`.', at: path };
  }
  if (scheme) {
    return {
      rule: 'unsafe-url',
      message: `\`${field}\` must be an https:, http: or mailto: URL, got \`${truncate(actual)}\`.`,
      hint: 'Other schemes (javascript:, data:, file:) are never linked.',
      at: path,
    };
  }
  return { rule: 'schema', message: `\`${truncate(actual)}\` in \`${field}\` is not an absolute URL.`, hint: 'Write the full URL, starting with https://.', at: path };
}

/**
 * For each failed `oneOf`, keeps the errors of the branch the author meant and drops the other branches' noise.
 * A branch whose type does not match the value (a string where a mapping was one option) is not what was meant,
 * so "wrong type" errors at the `oneOf`'s own path are dropped; if nothing else is left, the `oneOf` error itself
 * says what was expected. (Errors inside `$ref` branches carry the definition's schema path, so branches are told
 * apart by instance path, not schema path.)
 */
function pruneBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const parents = new Map<string, { error: ErrorObject; inside: number; mismatched: ErrorObject[] }[]>();
  for (const error of errors) {
    if (error.keyword !== 'oneOf') continue;
    const here = parents.get(error.instancePath) ?? [];
    here.push({ error, inside: 0, mismatched: [] });
    parents.set(error.instancePath, here);
  }
  if (parents.size === 0) return [...errors];
  // Each error counts towards the `oneOf`s at its own path and its ancestors' (a path is only as deep as the YAML).
  for (const error of errors) {
    for (let path: string | undefined = error.instancePath; path !== undefined; path = parentPointer(path)) {
      for (const parent of parents.get(path) ?? []) {
        if (parent.error === error) continue;
        parent.inside++;
        if (error.keyword === 'type' && path === error.instancePath) parent.mismatched.push(error);
      }
    }
  }
  const drop = new Set<ErrorObject>();
  for (const parent of [...parents.values()].flat()) {
    for (const e of parent.mismatched) drop.add(e);
    if (parent.inside > parent.mismatched.length) drop.add(parent.error);
  }
  return errors.filter((e) => !drop.has(e));
}

/** `/a/b` -> `/a` -> `` -> undefined. */
function parentPointer(pointer: string): string | undefined {
  return pointer === '' ? undefined : pointer.slice(0, pointer.lastIndexOf('/'));
}

function propertiesAt(schema: SchemaNode, path: (string | number)[]): Record<string, SchemaNode> {
  let node: SchemaNode | undefined = schema;
  for (const segment of path) {
    node = resolve(schema, node);
    if (!node) return {};
    if (typeof segment === 'number') {
      const items = resolve(schema, node.items);
      node = items?.oneOf ? items.oneOf.map((o) => resolve(schema, o)).find((o) => o?.properties) : items;
    } else {
      node = node.properties?.[segment];
    }
  }
  return resolve(schema, node)?.properties ?? {};
}

function resolve(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  if (node?.$ref?.startsWith('#/$defs/')) return root.$defs?.[node.$ref.slice('#/$defs/'.length)];
  return node;
}

/**
 * The comment that took the place of an empty value (`chat: #releng`), without its `#`: YAML reads ` #` after the
 * colon as a comment, so the author's value became nothing.
 */
function commentedOut(yaml: Document, path: readonly (string | number)[]): string | undefined {
  const node = path.length === 0 ? undefined : yaml.getIn(path, true);
  return isScalar(node) && node.value === null && node.source === '' && node.comment ? node.comment.split('\n')[0] : undefined;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let value = data;
  for (const segment of path) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return value;
}

/** `depends_on[2].id` style name for a path. */
export function fieldName(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out || 'front matter';
}

function list(values: readonly string[]): string {
  return values.map((v) => `\`${v}\``).join(', ');
}

function article(type: string): string {
  const name = type.replace(/,/g, ' or ');
  if (name === 'array') return 'a list';
  if (name === 'object') return 'a mapping';
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} \`${truncate(String(value))}\``;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
