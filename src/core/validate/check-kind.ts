import type { Finding, Place } from '../diagnostic.ts';
import { suggest } from '../suggest.ts';
import { systemSchema } from './get-validators.ts';

/** The kinds every catalog knows, read from the system schema (`$defs/builtInKind`), the one place they are listed. */
export const BUILT_IN_KINDS: readonly string[] = systemSchema.$defs.builtInKind.enum;

/** A doc that can point at its own fields: a `ParsedDoc` is one. */
export interface LocatableDoc {
  /** Path of the doc, as diagnostics show it. */
  file: string;
  /** The place of the value at a front-matter path (with `key`, of the key). */
  locate: (path: readonly (string | number)[], key?: boolean) => Place;
}

/**
 * Rule `unknown-kind`: a doc's `kind` must be a built-in kind or one the config adds. `kinds` is every known kind
 * (`ResolvedConfig.kinds`: the built-in ones, then the config's); a `kind` that is missing or not a string is the schema's business.
 */
export function checkKind(doc: LocatableDoc, kind: unknown, kinds: readonly string[]): Finding[] {
  if (typeof kind !== 'string' || kinds.includes(kind)) return [];
  const guess = suggest(kind, kinds);
  return [{
    file: doc.file, ...doc.locate(['kind']), rule: 'unknown-kind',
    message: `Unknown kind \`${kind}\`, expected one of ${kinds.map((k) => `\`${k}\``).join(', ')}.`,
    hint: guess ? `Did you mean \`${guess}\`?` : `Pick one of those, or add \`${kind}\` under \`kinds\` in the config.`,
  }];
}
