import type { Finding, Place } from './diagnostic.ts';
import type { CatalogSystem, Dependency, SystemPlaces } from './model.ts';
import type { SystemData } from './types/system.ts';
import { decodeText } from './source/decode-text.ts';
import { parseDoc, type ParsedDoc } from './source/parse-doc.ts';
import { locatePath } from './source/locate-path.ts';
import { readHeadings } from './source/read-headings.ts';
import { compileSchemas, systemSchema } from './validate/compile-schemas.ts';
import { schemaFindings } from './validate/schema-findings.ts';
import { findSecrets } from './validate/find-secrets.ts';

/** What one system file yields on its own, before cross-file rules. */
export interface SystemFileResult {
  /** The system, when the file parsed and passed the schema. */
  system?: CatalogSystem;
  findings: Finding[];
}

/** Reads one system doc: decode, split, parse YAML, validate against the schema, scan for secrets, read headings. */
export function analyzeSystemFile(file: string, id: string, bytes: Uint8Array): SystemFileResult {
  const decoded = decodeText(file, bytes);
  if ('finding' in decoded) return { findings: [decoded.finding] };
  const { text } = decoded;
  const parsed = parseDoc(file, text);
  const findings: Finding[] = [...parsed.findings];
  const { doc } = parsed;
  // Secrets are reported even when the YAML is broken: a leaked key matters more than a typo.
  const lines = doc?.lines;
  findings.push(...findSecrets(file, text, lines ? (o) => lines.place(o) : (o) => placeWithoutIndex(text, o)));
  if (!doc) return { findings };

  const validate = compileSchemas().system;
  if (!validate(doc.data)) {
    const source = { file, yaml: doc.yaml, lines: doc.lines, offset: doc.yamlStart };
    findings.push(...schemaFindings(source, validate.errors ?? [], doc.data, systemSchema));
    return { findings };
  }
  const data = doc.data as unknown as SystemData;
  const system: CatalogSystem = {
    id,
    file,
    data,
    dependencies: readDependencies(doc, data),
    body: doc.body,
    bodyLine: doc.bodyLine,
    headings: readHeadings(doc.body, doc.bodyLine),
    places: readPlaces(doc, data),
  };
  return { system, findings };
}

function readDependencies(doc: ParsedDoc, data: SystemData): Dependency[] {
  return (data.depends_on ?? []).map((entry, index) => {
    const place = placeOf(doc, ['depends_on', index]);
    if (typeof entry === 'string') return { id: entry, strength: 'hard', place };
    const dep: Dependency = { id: entry.id, strength: entry.strength ?? 'hard', place };
    if (entry.protocol) dep.protocol = entry.protocol;
    if (entry.usage) dep.usage = entry.usage;
    return dep;
  });
}

function readPlaces(doc: ParsedDoc, data: SystemData): SystemPlaces {
  const places: SystemPlaces = {
    root: doc.lines.place(doc.yamlStart),
    lifecycle: placeOf(doc, ['lifecycle']),
    owner: placeOf(doc, ['owner']),
  };
  if (data.replaced_by !== undefined) places.replacedBy = placeOf(doc, ['replaced_by']);
  if (data.experts !== undefined) places.experts = placeOf(doc, ['experts'], true);
  if (data.failure_modes !== undefined) places.failureModes = placeOf(doc, ['failure_modes'], true);
  if (data.interfaces !== undefined) places.interfaces = placeOf(doc, ['interfaces'], true);
  if (data.tier !== undefined) places.tier = placeOf(doc, ['tier']);
  if (data.review !== undefined) places.review = placeOf(doc, ['review', 'last_reviewed']);
  return places;
}

function placeOf(doc: ParsedDoc, path: (string | number)[], key = false): Place {
  const range = locatePath(doc.yaml, path, { key });
  return doc.lines.range(doc.yamlStart + range.start, doc.yamlStart + range.end);
}

function placeWithoutIndex(text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
