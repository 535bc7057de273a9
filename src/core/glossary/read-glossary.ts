import type { Finding, Place } from '../diagnostic.ts';
import type { GlossaryFile } from '../types/glossary.ts';
import { decodeText } from '../source/decode-text.ts';
import { LineIndex } from '../source/line-index.ts';
import { locatePath } from '../source/locate-path.ts';
import { parseYamlData } from '../source/parse-yaml-data.ts';
import { suggest } from '../suggest.ts';
import { getValidators, glossarySchema } from '../validate/get-validators.ts';
import { schemaFindings } from '../validate/schema-findings.ts';
import { findSecrets } from '../validate/find-secrets.ts';
import { findCommentsInValues } from '../validate/find-comments-in-values.ts';
import { termSlug } from './term-slug.ts';

/** One glossary entry as the catalog holds it: the file's fields with defaults, its page name and where it is written. */
export interface GlossaryTerm {
  term: string;
  /** The term's page name (`termSlug`), unique in the glossary. */
  slug: string;
  definition: string;
  aliases: string[];
  /** Ids of the systems the term is about, as written (unknown ids are reported, and kept out). */
  systems: string[];
  place: Place;
}

/**
 * Reads and validates the glossary file, which is optional: no bytes, no terms and no findings. A broken file
 * yields located findings and no terms; a duplicate term or a link to a system that is not in `knownIds` is
 * reported at its value and left out.
 */
export function readGlossary(file: string, bytes: Uint8Array | undefined, knownIds: ReadonlySet<string>): { terms: GlossaryTerm[]; findings: Finding[] } {
  if (bytes === undefined) return { terms: [], findings: [] };
  const decoded = decodeText(file, bytes);
  if ('finding' in decoded) return { terms: [], findings: [decoded.finding] };
  const lines = new LineIndex(decoded.text);
  const findings = findSecrets(file, decoded.text, (o) => lines.place(o));
  findings.push(...findCommentsInValues(file, decoded.text, (o) => lines.place(o)));
  // An error at the very end (an unclosed bracket or quote) is shown on the last character, inside the file.
  const last = Math.max(0, decoded.text.trimEnd().length - 1);
  const parsed = parseYamlData(file, decoded.text, 'The glossary file', (o) => lines.place(Math.min(o, last)));
  findings.push(...parsed.findings);
  const { yaml, data } = parsed;
  if (!yaml) return { terms: [], findings };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    findings.push({ file, line: 1, column: 1, rule: 'not-a-mapping', message: 'The glossary file must be a mapping with a `terms:` list.' });
    return { terms: [], findings };
  }
  const validate = getValidators().glossary;
  if (!validate(data)) {
    findings.push(...schemaFindings({ file, yaml, lines, offset: 0 }, validate.errors ?? [], data, glossarySchema));
    return { terms: [], findings };
  }
  const at = (path: (string | number)[]) => lines.place(locatePath(yaml, ['terms', ...path]).start);
  const terms: GlossaryTerm[] = [];
  const first = new Map<string, GlossaryTerm>();
  (data as GlossaryFile).terms.forEach((entry, index) => {
    const place = at([index, 'term']);
    const slug = termSlug(entry.term);
    const earlier = first.get(slug);
    if (earlier) {
      findings.push({
        file, ...place, rule: 'duplicate-term',
        message: earlier.term.toLowerCase() === entry.term.toLowerCase()
          ? `The term \`${entry.term}\` is defined twice.`
          : `The term \`${entry.term}\` has the same page as \`${earlier.term}\` (\`glossary/${slug}/\`).`,
        hint: 'Merge the two definitions, or list one spelling under the other\'s `aliases`.',
        related: [{ file, ...earlier.place, message: 'First defined here.' }],
      });
      return;
    }
    const systems: string[] = [];
    (entry.systems ?? []).forEach((id, s) => {
      if (knownIds.has(id)) {
        systems.push(id);
        return;
      }
      const guess = suggest(id, knownIds);
      findings.push({
        file, ...at([index, 'systems', s]), rule: 'unknown-glossary-system',
        message: `The term \`${entry.term}\` links to \`${id}\`, which is not a system in the catalog.`,
        hint: guess ? `Did you mean \`${guess}\`?` : 'Use the id of a system doc (its file name without `.md`), or remove the link.',
      });
    });
    const term: GlossaryTerm = { term: entry.term, slug, definition: entry.definition, aliases: entry.aliases ?? [], systems, place };
    first.set(slug, term);
    terms.push(term);
  });
  return { terms, findings };
}
