/* Generated from schema/config.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * Tiers it applies to. A system with no `tier` never matches a `tiers` list.
 *
 * @minItems 1
 */
export type Tiers = [number, ...number[]];
/**
 * Lifecycles it applies to.
 *
 * @minItems 1
 */
export type Lifecycles = [
  'proposed' | 'experimental' | 'production' | 'deprecated' | 'retired',
  ...('proposed' | 'experimental' | 'production' | 'deprecated' | 'retired')[]
];
/**
 * Kinds it applies to: built-in kinds or ones added under `kinds`. A system with no `kind` never matches a `kinds` list.
 *
 * @minItems 1
 */
export type Kinds = [string, ...string[]];

/**
 * `fieldguide.config.yaml` at the project root: optional; every setting has a default.
 */
export interface ConfigFile {
  /**
   * Folder holding the system docs and `teams.yaml`, relative to the config file. Default `systems`.
   */
  systems?: string;
  /**
   * Settings for the published site.
   */
  site?: {
    /**
     * Site title shown in the header and the browser tab. Default `fieldguide`.
     */
    title?: string;
    /**
     * Path the site is served from, such as `/my-repo/` on GitHub Pages. Default `/`.
     */
    base?: string;
    /**
     * Public origin of the site (`https://example.github.io`), used for canonical links.
     */
    url?: string;
    /**
     * Web URL of the repository holding the docs (`https://github.com/org/repo`). "Edit this page" links follow its host: GitHub (`github.com`, or a host containing `github`) `<repository>/edit/<branch>/<path>`, GitLab (a host containing `gitlab`) `<repository>/-/edit/<branch>/<path>`, Gitea and Forgejo (`codeberg.org`, or a host containing `gitea` or `forgejo`) `<repository>/_edit/<branch>/<path>`, Bitbucket Cloud (`bitbucket.org`) `<repository>/src/<branch>/<path>?mode=edit&at=<branch>`. On any other host, pages have no edit link unless `edit_url` is set.
     */
    repository?: string;
    /**
     * Branch that "Edit this page" links target. Default `main`.
     */
    branch?: string;
    /**
     * Pattern of the "Edit this page" link, for a host `repository` does not cover (a self-hosted forge): `https://git.example.org/org/repo/edit/{branch}/{path}`. `{path}` (required) is the doc's path from the repository root, `{branch}` is `branch`, `{repository}` is `repository`; each is URL-encoded. Overrides the link `repository` gives.
     */
    edit_url?: string;
  };
  /**
   * Settings for `fieldguide check`.
   */
  check?: {
    /**
     * A review older than this many days is stale (rule `stale-review`). Default 180.
     */
    review_max_age_days?: number;
    /**
     * A failure mode last exercised longer ago than this many days counts as unexercised (rule `failure-modes-unexercised`). Default 365.
     */
    failure_mode_max_age_days?: number;
    /**
     * Glob patterns (`*`, `**`, `?`, `[…]`) of files and folders that `check`, the site and the graph skip, relative to the systems folder: `drafts/**`, `*-notes.md`. A pattern without `/` matches at any depth. Skipped files are counted in the check summary; `README.md` files are always skipped.
     */
    ignore?: string[];
    /**
     * Severity per rule id: `error`, `warning` or `off`. Unlisted rules keep their default.
     */
    rules?: {
      [k: string]: 'error' | 'warning' | 'off';
    };
  };
  /**
   * What a doc must contain at each lifecycle. A lifecycle listed here replaces that lifecycle's default gate entirely.
   */
  gates?: {
    proposed?: Gate;
    experimental?: Gate;
    production?: Gate;
    deprecated?: Gate;
    retired?: Gate;
  };
  /**
   * Kinds of system this project adds to the built-in ones (`service`, `website`, `database` and so on; see `$defs/builtInKind` in the system schema), in kebab-case: `kinds: [runbook-bot, data-pipeline]`. A doc's `kind` must be one or the other (rule `unknown-kind`); the site shows an added kind as written.
   */
  kinds?: string[];
  /**
   * Schemas for team fields: each key is an `x-` field of the front matter (`x-cost-center`), each value a small JSON Schema its value must match (a type, allowed values, a pattern, bounds, `format: uri`). A doc's `x-` fields that are not listed here are accepted as written; none is required.
   */
  extensions?: {
    [k: string]: ExtensionField;
  };
  /**
   * Settings for the whole-catalog map (`/map/`).
   */
  map?: {
    /**
     * Shared infrastructure that almost everything depends on, drawn on the map as a badge on each box that depends on it instead of one arrow per dependency: system ids or kinds (`dns`, `infrastructure`). `auto` (the default) picks every system that at least a fifth of the catalog's systems, and at least 5, depend on directly; `[]` draws every arrow.
     */
    shared?: 'auto' | string[];
    /**
     * Up to this many systems the map draws every system and dependency; above it the map leads with the team overview and the focus on one system. Default 60: measured on generated catalogs, the map has about 2 crossings per arrow at 40 and 60 systems and about 9 at 100.
     */
    full_limit?: number;
  };
  /**
   * How the failure-modes page (`/failure-modes/`) picks the next game day: which failure modes are candidates (those of systems in `lifecycles` that were never exercised or not within `check.failure_mode_max_age_days`), in which order, and how many it shows.
   */
  game_day?: {
    /**
     * The keys candidates are ordered by, the first deciding first: `tier` (most critical tier first; no tier last), `impact` (most systems taken down when the system fails first, from the impact graph), `exercised` (never exercised first, then the longest ago). Ties end in system name, then the failure mode's order in its doc. Default `[tier, impact, exercised]`.
     *
     * @minItems 1
     */
    order?: ['tier' | 'impact' | 'exercised', ...('tier' | 'impact' | 'exercised')[]];
    /**
     * How many failure modes the list shows. Default 5.
     */
    count?: number;
    /**
     * Lifecycles whose systems' failure modes are candidates. Default `[production]`.
     *
     * @minItems 1
     */
    lifecycles?: [
      'proposed' | 'experimental' | 'production' | 'deprecated' | 'retired',
      ...('proposed' | 'experimental' | 'production' | 'deprecated' | 'retired')[]
    ];
  };
  /**
   * Readiness levels (scorecards as code): the levels, the criteria for each, and the level each tier and lifecycle must reach (rule `below-readiness-level`). Each of `levels`, `criteria` and `required`, when given, replaces its default entirely.
   */
  readiness?: {
    /**
     * The levels, lowest first. A system reaches a level when every criterion of that level and of every lower level passes or does not apply. Default: `bronze`, `silver`, `gold`.
     *
     * @minItems 1
     */
    levels?: [ReadinessLevel, ...ReadinessLevel[]];
    /**
     * What each level asks of a system's doc, each in one ility category. Default: 22 criteria, from an Overview and contacts (bronze) to every ility passing and failure modes exercised (gold).
     */
    criteria?: ReadinessCriterion[];
    /**
     * The level a system must reach, by tier, lifecycle and kind: the first entry that matches a system applies, and a system no entry matches has no required level. Default: tier-1 production `gold`, tier-2 production `silver`, other production `bronze`.
     */
    required?: ReadinessRequirement[];
  };
}
/**
 * Requirements for one lifecycle.
 */
export interface Gate {
  /**
   * Front-matter fields that must be present and non-empty, as dotted paths (`capacity.expected_load`). An explicit `depends_on: []` counts as present.
   */
  fields?: string[];
  /**
   * Top-level body headings that must exist (matched case-insensitively).
   */
  sections?: string[];
  /**
   * Fewest entries in `experts`.
   */
  min_experts?: number;
  /**
   * `planned`: every ility has notes on how it will be met; `assessed`: every ility has a status other than `unknown`.
   */
  ilities?: 'none' | 'planned' | 'assessed';
  /**
   * Fewest entries in `failure_modes`.
   */
  min_failure_modes?: number;
  /**
   * Require `replaced_by` or `retirement_note`.
   */
  replacement?: boolean;
}
/**
 * The schema of one team field: a subset of JSON Schema, for one scalar value.
 */
export interface ExtensionField {
  /**
   * How the system page labels the field; default: the key without `x-`, in words (`Cost center`).
   */
  title?: string;
  /**
   * What the field holds, in one sentence, for authors.
   */
  description?: string;
  /**
   * The value's type.
   */
  type?: 'string' | 'number' | 'integer' | 'boolean';
  /**
   * The only values allowed.
   *
   * @minItems 1
   */
  enum?: [string | number | boolean, ...(string | number | boolean)[]];
  /**
   * A string format: `uri` (an absolute URL, shown as a link), `email` or `date` (YYYY-MM-DD).
   */
  format?: 'uri' | 'email' | 'date';
  /**
   * A regular expression a string value must match (JavaScript syntax, unanchored unless written with `^` and `$`).
   */
  pattern?: string;
  /**
   * Fewest characters in a string value.
   */
  minLength?: number;
  /**
   * Most characters in a string value.
   */
  maxLength?: number;
  /**
   * Smallest number allowed.
   */
  minimum?: number;
  /**
   * Largest number allowed.
   */
  maximum?: number;
}
/**
 * One readiness level.
 */
export interface ReadinessLevel {
  /**
   * Id that criteria and `required` use (`silver`).
   */
  id: string;
  /**
   * Name shown to readers (`Silver`).
   */
  name: string;
  /**
   * What reaching the level means, in one sentence.
   */
  description?: string;
}
/**
 * One readiness criterion: a check on the system's doc, at a level, in an ility category.
 */
export interface ReadinessCriterion {
  /**
   * Unique id, shown in `check` messages (`alerts`).
   */
  id: string;
  /**
   * Id of the level this criterion belongs to.
   */
  level: string;
  /**
   * The ility category it is grouped under.
   */
  category:
    | 'scalability'
    | 'maintainability'
    | 'reliability'
    | 'observability'
    | 'security'
    | 'fault_tolerance'
    | 'documentation';
  /**
   * What the criterion asks, as a short sentence for readers.
   */
  title: string;
  /**
   * How it is checked: exactly one of these.
   */
  check: {
    /**
     * A front-matter field, as a dotted path (`monitoring.alerts`), is present and not empty; `depends_on: []` counts as present.
     */
    field?: string;
    /**
     * The body has this top-level heading (matched case-insensitively).
     */
    section?: string;
    /**
     * The ility's own status decides: `pass`, `fail` or `n/a`; `unknown` or missing is "not yet assessed".
     */
    ility?:
      | 'scalability'
      | 'maintainability'
      | 'reliability'
      | 'availability'
      | 'security'
      | 'observability'
      | 'fault_tolerance';
    /**
     * At least this many entries in `experts`.
     */
    min_experts?: number;
    /**
     * At least this many entries in `failure_modes`.
     */
    min_failure_modes?: number;
    /**
     * There is at least one failure mode, and every one was exercised within `check.failure_mode_max_age_days`.
     */
    failure_modes_exercised?: true;
    /**
     * `review.last_reviewed` is within `check.review_max_age_days`.
     */
    reviewed?: true;
  };
  applies_to?: ReadinessScope;
}
/**
 * Limit the criterion to some systems; for the others it is `n/a`.
 */
export interface ReadinessScope {
  tiers?: Tiers;
  lifecycles?: Lifecycles;
  kinds?: Kinds;
}
/**
 * The level that the systems matching `tiers`, `lifecycles` and `kinds` must reach.
 */
export interface ReadinessRequirement {
  tiers?: Tiers;
  lifecycles?: Lifecycles;
  kinds?: Kinds;
  /**
   * Id of the level they must reach.
   */
  level: string;
}
