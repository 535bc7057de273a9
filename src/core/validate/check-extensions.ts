import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Finding } from '../diagnostic.ts';
import type { ExtensionField } from '../types/config.ts';
import { suggest } from '../suggest.ts';
import type { LocatableDoc } from './check-kind.ts';
import { systemSchema } from './get-validators.ts';

/** The config's schemas for team fields (`x-…` keys), by field. */
export type Extensions = Readonly<Record<string, ExtensionField>>;

/** The compiled schemas of a config's team fields, and the ones that do not compile (a bad `pattern`). */
export interface CompiledExtensions {
  validators: ReadonlyMap<string, ValidateFunction>;
  problems: { field: string; message: string }[];
}

/** Compiled once per config: a resolved config's `extensions` object is the key. */
const compiled = new WeakMap<Extensions, CompiledExtensions>();

/**
 * Compiles the config's team-field schemas with ajv, once per `extensions` object. ajv's compiler is loaded only
 * here, so a project without team fields never pays for it (the built-in schemas are compiled ahead of time).
 */
export function compileExtensions(extensions: Extensions): CompiledExtensions {
  const cached = compiled.get(extensions);
  if (cached) return cached;
  const validators = new Map<string, ValidateFunction>();
  const problems: CompiledExtensions['problems'] = [];
  const entries = Object.entries(extensions);
  if (entries.length > 0) {
    const ajv = createAjv();
    for (const [field, schema] of entries) {
      // A `uri` must also be one the site can link to: the system schema's own URL pattern.
      const full = schema.format === 'uri' ? { ...schema, allOf: [{ pattern: systemSchema.$defs.url.pattern }] } : schema;
      try {
        validators.set(field, ajv.compile(full));
      } catch (error) {
        problems.push({ field, message: (error as Error).message });
      }
    }
  }
  const result = { validators, problems };
  compiled.set(extensions, result);
  return result;
}

/**
 * Checks a doc's team fields against the config's schemas for them (rule `schema`), each finding at the value.
 * Team fields the config does not declare are accepted as written.
 */
export function checkExtensions(doc: LocatableDoc, data: Readonly<Record<string, unknown>>, extensions: Extensions): Finding[] {
  const findings: Finding[] = [];
  const { validators } = compileExtensions(extensions);
  for (const [field, validate] of validators) {
    if (!Object.hasOwn(data, field)) continue;
    const value = data[field];
    if (validate(value)) continue;
    const error = firstError(validate.errors ?? []);
    if (!error) continue;
    findings.push({ file: doc.file, ...doc.locate([field]), rule: 'schema', ...describe(field, value, error, extensions[field]!) });
  }
  return findings;
}

/** One error per value: the most telling (a wrong type says more than the bounds that follow from it). */
function firstError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  return errors.find((e) => e.keyword === 'type') ?? errors.find((e) => e.keyword === 'enum') ?? errors[0];
}

function describe(field: string, value: unknown, error: ErrorObject, schema: ExtensionField): { message: string; hint?: string } {
  const got = `Unexpected \`${field}\` value ${show(value)}`;
  const hint = schema.description ? { hint: `\`${field}\`: ${schema.description}` } : {};
  switch (error.keyword) {
    case 'type':
      return { message: `${got}, expected ${article(schema.type ?? 'value')}.`, ...hint };
    case 'enum': {
      const allowed = schema.enum ?? [];
      const guess = typeof value === 'string' ? suggest(value, allowed.flatMap((v) => (typeof v === 'string' ? [v] : []))) : undefined;
      return { message: `${got}, expected one of ${allowed.map(show).join(', ')}.`, ...(guess ? { hint: `Did you mean ${show(guess)}?` } : hint) };
    }
    case 'format':
      return { message: `${got}, expected ${FORMAT_WORDS[schema.format ?? 'uri']}.`, ...hint };
    case 'pattern':
      return error.schemaPath.startsWith('#/allOf/')
        ? { message: `${got}, expected ${FORMAT_WORDS.uri}.` }
        : { message: `${got}, expected text matching \`${schema.pattern}\`.`, ...hint };
    case 'minLength':
      return { message: `${got}, expected at least ${schema.minLength} characters.`, ...hint };
    case 'maxLength':
      return { message: `${got}, expected at most ${schema.maxLength} characters.`, ...hint };
    case 'minimum':
      return { message: `${got}, expected at least ${schema.minimum}.`, ...hint };
    case 'maximum':
      return { message: `${got}, expected at most ${schema.maximum}.`, ...hint };
    default:
      return { message: `${got}: ${error.message ?? 'it does not match the schema in the config'}.`, ...hint };
  }
}

const FORMAT_WORDS: Record<NonNullable<ExtensionField['format']>, string> = {
  uri: 'an absolute https:, http: or mailto: URL',
  email: 'an email address',
  date: 'a date written YYYY-MM-DD',
};

function article(type: string): string {
  return type === 'integer' ? 'an integer' : `a ${type}`;
}

function show(value: unknown): string {
  const text = value === null ? 'null' : typeof value === 'object' ? (Array.isArray(value) ? 'a list' : 'a mapping') : String(value);
  return typeof value === 'object' && value !== null ? text : `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

/** ajv with the formats the config may name; loaded on first use with a synchronous require (CommonJS, as the generated validators do). */
function createAjv() {
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  // Not strict: the config's schema already allows only the keywords above, and `minLength` without `type` is fine here.
  const ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
  addFormats(ajv, ['date', 'uri', 'email']);
  return ajv;
}
