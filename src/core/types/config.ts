/* Generated from schema/config.schema.json by `npm run gen:types`. Do not edit by hand. */

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
     * Web URL of the repository holding the docs, for "Edit this page" links (`https://github.com/org/repo`).
     */
    repository?: string;
    /**
     * Branch that "Edit this page" links target. Default `main`.
     */
    branch?: string;
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
   * Readiness levels (scorecards as code): criteria, levels, and the level each tier and lifecycle must reach.
   */
  readiness?: {};
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
