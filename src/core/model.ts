import type { Place } from './diagnostic.ts';
import type { Heading } from './source/read-headings.ts';
import type { SystemData } from './types/system.ts';
import type { TeamsFile } from './types/teams.ts';

/** A lifecycle stage. */
export type Lifecycle = SystemData['lifecycle'];

/** A system kind. */
export type SystemKind = NonNullable<SystemData['kind']>;

/** One entry of `depends_on`, normalized: plain ids become hard dependencies. */
export interface Dependency {
  id: string;
  strength: 'hard' | 'soft';
  protocol?: string;
  usage?: string;
  /** Where the entry is written. */
  place: Place;
}

/** Places of the fields that cross-file rules point at. */
export interface SystemPlaces {
  /** The start of the front matter, for problems with the doc as a whole. */
  root: Place;
  lifecycle: Place;
  owner: Place;
  replacedBy?: Place;
  experts?: Place;
  failureModes?: Place;
  interfaces?: Place;
  tier?: Place;
  review?: Place;
  /** The place of any front-matter path (the deepest part of it that exists; its key with `key`), for rules that point at a value. */
  at?: (path: readonly (string | number)[], key?: boolean) => Place;
}

/** A system doc whose front matter parsed; when it failed the schema, `data` holds the fields that passed. */
export interface CatalogSystem {
  /** The file name without `.md`. */
  id: string;
  /** Path of the doc, relative to the working directory, `/`-separated. */
  file: string;
  data: SystemData;
  dependencies: Dependency[];
  /** Markdown body after the front matter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  headings: Heading[];
  places: SystemPlaces;
  /**
   * Top-level front-matter fields the schema rejected (unknown, invalid or missing), sorted: left out of `data`, or
   * replaced by a stand-in when required (`name` = the id, `owner` = '', `lifecycle` = `production`). Absent when
   * the front matter passed the schema.
   */
  invalidFields?: string[];
}

/** A declared team. */
export type Team = TeamsFile['teams'][number] & { place: Place };
