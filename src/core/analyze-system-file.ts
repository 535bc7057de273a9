import type { ErrorObject } from 'ajv';
import type { Finding, Place } from './diagnostic.ts';
import type { CatalogSystem, Dependency, SystemPlaces } from './model.ts';
import type { SystemData } from './types/system.ts';
import { decodeText } from './source/decode-text.ts';
import { parseDoc, type ParsedDoc } from './source/parse-doc.ts';
import { LineIndex } from './source/line-index.ts';
import { getValidators, systemSchema } from './validate/get-validators.ts';
import { schemaFindings } from './validate/schema-findings.ts';
import { findSecrets } from './validate/find-secrets.ts';
import { findCommentsInValues } from './validate/find-comments-in-values.ts';
import { findDeepMarkdown } from './source/find-deep-markdown.ts';
import { findSuppressions, type Suppression } from './suppress/find-suppressions.ts';
import { BUILT_IN_KINDS, checkKind } from './validate/check-kind.ts';
import { checkExtensions, type Extensions } from './validate/check-extensions.ts';

/** What one system file yields on its own, before cross-file rules. */
export interface SystemFileResult {
  /** The system, whenever the front matter parsed to a mapping (see `CatalogSystem.invalidFields` for a doc that failed the schema). */
  system?: CatalogSystem;
  findings: Finding[];
  /** The doc's `fieldguide-disable-next-line` comments, applied once every rule has run. */
  suppressions: Suppression[];
}

/** What the project adds to the schema: its own kinds and the schemas of its team fields (`x-` keys). */
export interface ProjectSchema {
  kinds: readonly string[];
  extensions: Extensions;
}

const BUILT_IN: ProjectSchema = { kinds: BUILT_IN_KINDS, extensions: {} };

/**
 * Reads one system doc: decode, split, parse YAML, validate against the schema, scan for secrets.
 * A doc that fails the schema is still a system, built from the fields that passed (see {@link keepValidFields}),
 * so its dependencies are checked and in the graph in the same run.
 * Its `headings` are left empty for the caller to read, so that the costliest step can be scheduled apart.
 */
export function analyzeSystemFile(file: string, id: string, bytes: Uint8Array, project: ProjectSchema = BUILT_IN): SystemFileResult {
  const decoded = decodeText(file, bytes);
  if ('finding' in decoded) return { findings: [decoded.finding], suppressions: [] };
  const { text } = decoded;
  const found = findSuppressions(file, text);
  const parsed = parseDoc(file, text);
  const findings: Finding[] = [...parsed.findings, ...found.findings];
  const { suppressions } = found;
  const { doc } = parsed;
  // Secrets are reported even when the YAML is broken: a leaked key matters more than a typo.
  const lines = doc?.lines ?? new LineIndex(text);
  findings.push(...findSecrets(file, text, (o) => lines.place(o)));
  if (!doc) return { findings, suppressions };
  findings.push(...findCommentsInValues(file, doc.yamlText, (o) => doc.lines.place(doc.yamlStart + o)));
  // A body nested deeper than the site's Markdown renderer can take is reported here, where `check` sees it.
  const deep = findDeepMarkdown(file, doc.body, doc.bodyLine);
  if (deep) findings.push(deep);

  const validate = getValidators().system;
  let data = doc.data as unknown as SystemData;
  let invalidFields: string[] | undefined;
  if (!validate(doc.data)) {
    const errors = validate.errors ?? [];
    const source = { file, yaml: doc.yaml(), lines: doc.lines, offset: doc.yamlStart };
    findings.push(...schemaFindings(source, errors, doc.data, systemSchema));
    ({ data, invalidFields } = keepValidFields(id, doc.data, errors));
  }
  // The project's own kinds and team fields: the schema allows any kebab-case kind and any `x-` key.
  findings.push(...checkKind(doc, doc.data.kind, project.kinds), ...checkExtensions(doc, doc.data, project.extensions));
  const system: CatalogSystem = {
    id,
    file,
    data,
    dependencies: readDependencies(doc, data),
    body: doc.body,
    bodyLine: doc.bodyLine,
    headings: [],
    places: readPlaces(doc, data),
    ...(invalidFields ? { invalidFields } : {}),
  };
  return { system, findings, suppressions };
}

/** Stand-ins for required fields the schema rejected; `production` asks nothing of the systems that depend on it. */
const FALLBACKS = { summary: '', owner: '', lifecycle: 'production' } as const;

/**
 * The front matter without the top-level fields the schema rejected (every error names one: the first segment of its
 * path, or the unknown or missing property at the top), and with stand-ins for the required ones: the name is the id.
 * Each top-level field has its own sub-schema and the schema has no cross-field conditions, so what is left is valid.
 */
export function keepValidFields(id: string, input: Record<string, unknown>, errors: readonly ErrorObject[]): { data: SystemData; invalidFields: string[] } {
  const invalid = new Set<string>();
  for (const error of errors) {
    const field = error.instancePath === ''
      ? (error.params as { additionalProperty?: string; missingProperty?: string }).additionalProperty ?? (error.params as { missingProperty?: string }).missingProperty
      : error.instancePath.split('/')[1]!.replaceAll('~1', '/').replaceAll('~0', '~');
    if (field !== undefined) invalid.add(field);
  }
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (!invalid.has(key)) data[key] = value;
  data.name ??= id;
  for (const [key, value] of Object.entries(FALLBACKS)) data[key] ??= value;
  return { data: data as unknown as SystemData, invalidFields: [...invalid].sort() };
}

function readDependencies(doc: ParsedDoc, data: SystemData): Dependency[] {
  return (data.depends_on ?? []).map((entry, index) => {
    const dep = typeof entry === 'string' ? { id: entry, strength: 'hard' as const } : { ...entry, strength: entry.strength ?? 'hard' };
    return lazyPlace(dep, 'place', () => doc.locate(['depends_on', index])) as Dependency;
  });
}

/**
 * Places of the fields cross-file rules point at. Each is found on first use (finding one may mean
 * parsing the YAML a second time), and none is enumerable, so serializing a system never computes them.
 */
function readPlaces(doc: ParsedDoc, data: SystemData): SystemPlaces {
  const places = {} as SystemPlaces;
  lazyPlace(places, 'root', () => doc.lines.place(doc.yamlStart));
  lazyPlace(places, 'lifecycle', () => doc.locate(['lifecycle']));
  lazyPlace(places, 'owner', () => doc.locate(['owner']));
  Object.defineProperty(places, 'at', { value: doc.locate, enumerable: false });
  if (data.replaced_by !== undefined) lazyPlace(places, 'replacedBy', () => doc.locate(['replaced_by']));
  if (data.experts !== undefined) lazyPlace(places, 'experts', () => doc.locate(['experts'], true));
  if (data.failure_modes !== undefined) lazyPlace(places, 'failureModes', () => doc.locate(['failure_modes'], true));
  if (data.interfaces !== undefined) lazyPlace(places, 'interfaces', () => doc.locate(['interfaces'], true));
  if (data.tier !== undefined) lazyPlace(places, 'tier', () => doc.locate(['tier']));
  if (data.review !== undefined) lazyPlace(places, 'review', () => doc.locate(['review', 'last_reviewed']));
  return places;
}

function lazyPlace<T extends object>(target: T, key: string, find: () => Place): T {
  let cached: Place | undefined;
  return Object.defineProperty(target, key, { get: () => (cached ??= find()), enumerable: false, configurable: true });
}
