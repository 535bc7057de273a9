import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SYSTEMS = fileURLToPath(new URL('../../systems/', import.meta.url));

/** The example catalog's docs, by file name (`aus.md`), as the bytes on disk. */
export const EXAMPLE_DOCS: ReadonlyMap<string, Uint8Array> = new Map(
  readdirSync(SYSTEMS).filter((name) => name.endsWith('.md')).sort().map((name) => [name, readFileSync(SYSTEMS + name)]),
);

/** The example catalog's `teams.yaml`. */
export const EXAMPLE_TEAMS: Uint8Array = readFileSync(`${SYSTEMS}teams.yaml`);

/** Names of the example docs, sorted. */
export const EXAMPLE_NAMES: readonly string[] = [...EXAMPLE_DOCS.keys()];
