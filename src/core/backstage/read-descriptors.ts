import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseAllDocuments, type Document } from 'yaml';
import type { Finding, Place } from '../diagnostic.ts';
import { displayPath } from '../display-path.ts';
import { LineIndex } from '../source/line-index.ts';
import { locatePath } from '../source/locate-path.ts';
import { controlCharacter, dataOf, tooDeep, YAML_OPTIONS } from '../source/parse-yaml-data.ts';

/** One document of a descriptor file: its data, and how to locate any of its fields in the file. */
export interface Descriptor {
  /** The file as diagnostics show it. */
  file: string;
  data: Record<string, unknown>;
  /** The place of the value at a path (`['spec', 'owner']`), or of the deepest part of it that exists. */
  at: (path: readonly (string | number)[]) => Place;
}

/** Every entity document the files hold, following Location targets, and a located finding for each problem. */
export interface DescriptorRead {
  descriptors: Descriptor[];
  findings: Finding[];
}

/**
 * Reads Backstage descriptor files (multi-document YAML) through the project's guarded YAML parse, and follows each
 * Location entity's `spec.target`/`spec.targets` relative to its file. A missing target or a Location that leads back
 * to a file already on the way is a finding, never fatal; a file reached twice by different paths is read once.
 */
export function readDescriptors(paths: readonly string[], cwd: string): DescriptorRead {
  const descriptors: Descriptor[] = [];
  const findings: Finding[] = [];
  const read = new Set<string>();
  const visit = (path: string, trail: readonly string[]): void => {
    read.add(path);
    const file = displayPath(cwd, path);
    for (const descriptor of readFile(path, file, findings)) {
      descriptors.push(descriptor);
      if (descriptor.data.kind !== 'Location') continue;
      const spec = (descriptor.data.spec ?? {}) as Record<string, unknown>;
      const targets: [unknown, (string | number)[]][] = [];
      if (spec.target !== undefined) targets.push([spec.target, ['spec', 'target']]);
      if (Array.isArray(spec.targets)) spec.targets.forEach((t, i) => targets.push([t, ['spec', 'targets', i]]));
      for (const [target, where] of targets) {
        const problem = (message: string, hint: string): void => { findings.push({ file, ...descriptor.at(where), rule: 'backstage-location', message, hint }); };
        if (typeof target !== 'string' || target === '') { problem('A Location target must be a path.', 'Write the path of a descriptor file, relative to this one.'); continue; }
        if (spec.type === 'url' || /^[a-z]+:\/\//i.test(target)) { problem(`The Location target \`${target}\` is a URL: only files are followed.`, 'Download the file and import it by path.'); continue; }
        const next = resolve(dirname(path), target);
        if (trail.includes(next)) { problem(`The Location target \`${target}\` leads back to \`${displayPath(cwd, next)}\`: a cycle, not followed again.`, 'Remove the target that points back.'); continue; }
        if (read.has(next)) continue;
        if (!isFile(next)) { problem(`The Location target \`${target}\` does not exist (\`${displayPath(cwd, next)}\`).`, 'Fix the path or remove the target.'); continue; }
        visit(next, [...trail, next]);
      }
    }
  };
  for (const path of paths) {
    const full = resolve(cwd, path);
    if (!read.has(full)) visit(full, [full]);
  }
  return { descriptors, findings };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The entity documents of one file; its YAML problems go to `findings`. */
function readFile(path: string, file: string, findings: Finding[]): Descriptor[] {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    findings.push({ file, line: 1, column: 1, rule: 'read-error', message: `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
    return [];
  }
  const lines = new LineIndex(source);
  const at = (offset: number): Place => lines.place(offset);
  const early = tooDeep(file, source, 'The descriptor', at) ?? controlCharacter(file, source, at);
  if (early) { findings.push(early); return []; }
  const descriptors: Descriptor[] = [];
  for (const doc of parseAllDocuments(source, YAML_OPTIONS) as Document[]) {
    const parsed = dataOf(file, source, 'The descriptor', at, doc);
    findings.push(...parsed.findings);
    if (parsed.findings.length > 0 || parsed.data === null || parsed.data === undefined) continue;
    if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      findings.push({ file, ...at(doc.contents?.range?.[0] ?? 0), rule: 'backstage-invalid-entity', message: 'A descriptor document must be a mapping (`apiVersion`, `kind`, `metadata`, `spec`).' });
      continue;
    }
    descriptors.push({ file, data: parsed.data as Record<string, unknown>, at: (p) => at(locatePath(doc, p).start) });
  }
  return descriptors;
}
