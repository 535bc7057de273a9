/* Generated from schema/system.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * A system or team id: kebab-case, at most 63 characters.
 */
export type Id = string;

/**
 * The YAML front matter of one system doc, `systems/<id>.md`. The id is the file name; it is never written in the front matter.
 */
export interface SystemDataFields {
  /**
   * Human name of the system, as people say it ("Buildbot masters").
   */
  name: string;
  /**
   * One line on what the system does and for whom; shown in lists and search results.
   */
  summary: string;
  /**
   * Id of the team that owns the system; must be declared in `systems/teams.yaml`.
   */
  owner: string;
  /**
   * The people who actually know the system, best first. Two or more keep the bus factor above one.
   */
  experts?: Person[];
  /**
   * Where to ask about the system and whom to escalate to when it is down.
   */
  contacts?: {
    /**
     * Chat channel where the owners answer questions ("#releng").
     */
    chat?: string;
    /**
     * Mailing list or address for non-urgent questions.
     */
    email?: string;
    /**
     * How to reach whoever is on call (rotation name, pager alias or URL).
     */
    oncall?: string;
    /**
     * Who to escalate to when on call cannot help, in order.
     */
    escalation?: string;
    /**
     * Where to file bugs against the system.
     */
    issues?: string;
  };
  /**
   * Where the system is in its life. What the doc must contain grows with it: `proposed` < `experimental` < `production`; `deprecated` needs a replacement or a retirement note.
   */
  lifecycle: 'proposed' | 'experimental' | 'production' | 'deprecated' | 'retired';
  /**
   * Criticality: 1 = outage stops the business (releases, builds), 4 = nice to have.
   */
  tier?: number;
  /**
   * What sort of system this is: a built-in kind (listed in `$defs/builtInKind`: `service`, `website`, `database` and so on) or one the config adds under `kinds`; anything else is reported by rule `unknown-kind`. Databases, queues, hosting and DNS are systems too, so the graph shows them.
   */
  kind?: string;
  /**
   * Free-form lowercase labels for search and filtering ("ci", "release").
   */
  tags?: string[];
  /**
   * Systems this one needs, by id: a plain id (a hard dependency) or an object saying how it is used and whether it is hard or soft. Write `[]` for a system that depends on nothing.
   */
  depends_on?: (Id | Dependency)[];
  /**
   * Where the system runs.
   */
  runs_on?: {
    /**
     * Who provides the machines (a data center, a cloud provider and region, a SaaS vendor).
     */
    provider?: string;
    /**
     * Environments the system is deployed to ("production", "staging").
     */
    environments?: string[];
    /**
     * Host names or host patterns the system runs on.
     */
    hosts?: string[];
    /**
     * Anything else about where and how it is deployed.
     */
    notes?: string;
  };
  /**
   * What the system offers to people and other systems: web UIs, APIs, message exchanges, command lines.
   */
  interfaces?: {
    /**
     * What the interface is called.
     */
    name: string;
    /**
     * Sort of interface.
     */
    type?: 'web' | 'http-api' | 'message-bus' | 'database' | 'cli' | 'file' | 'other';
    /**
     * Where it lives.
     */
    url?: string;
    /**
     * What it is for and who uses it.
     */
    description?: string;
  }[];
  /**
   * Other useful places: source repository, design docs, wiki pages.
   */
  links?: {
    /**
     * Link text.
     */
    title: string;
    /**
     * Link target.
     */
    url: string;
  }[];
  /**
   * How to get access to the system's hosts, logs, database and dashboards: what, how and who grants it. Never the secret itself.
   */
  access?: {
    /**
     * What you get access to ("ssh to the masters", "read-only DB account").
     */
    what: string;
    /**
     * The steps to get it (which group, which form, which bug component).
     */
    how: string;
    /**
     * Who approves or grants it.
     */
    granted_by?: string;
  }[];
  /**
   * How to tell whether the system is healthy.
   */
  monitoring?: {
    /**
     * What "healthy" looks like, in numbers where possible.
     */
    healthy?: string;
    /**
     * Dashboards to watch.
     */
    dashboards?: {
      /**
       * Dashboard name.
       */
      title: string;
      /**
       * Where it is.
       */
      url?: string;
      /**
       * How to read it.
       */
      notes?: string;
    }[];
    /**
     * Alerts that fire for this system.
     */
    alerts?: {
      /**
       * Alert or check name.
       */
      name: string;
      /**
       * Where it is delivered (a chat channel, a pager).
       */
      channel?: string;
      /**
       * What it means and what to do first.
       */
      meaning?: string;
    }[];
  };
  /**
   * Load the system is built for; a proposal answers this before anything is built.
   */
  capacity?: {
    /**
     * Expected load in numbers (requests, jobs, pushes, bytes per day).
     */
    expected_load?: string;
    /**
     * How the load is expected to grow.
     */
    growth?: string;
    /**
     * Known limits and what happens past them.
     */
    limits?: string;
  };
  /**
   * Where the system keeps its data, in words. Stores that are systems of their own belong in `depends_on` too.
   */
  data_stores?: string[];
  /**
   * The production-readiness "ilities", each assessed with a status and the evidence for it.
   */
  ilities?: {
    scalability?: Ility;
    maintainability?: Ility1;
    reliability?: Ility2;
    availability?: Ility3;
    security?: Ility4;
    observability?: Ility5;
    fault_tolerance?: Ility6;
  };
  /**
   * Known ways the system fails: scenario, impact, mitigation, and when the mitigation was last exercised.
   */
  failure_modes?: {
    /**
     * What goes wrong.
     */
    scenario: string;
    /**
     * What users and other systems see.
     */
    impact: string;
    /**
     * How to recover, or what limits the damage.
     */
    mitigation: string;
    /**
     * When the mitigation was last exercised (game day, chaos test, real incident), YYYY-MM-DD.
     */
    last_exercised?: string;
  }[];
  /**
   * When the doc was last checked against reality, and by whom.
   */
  review?: {
    /**
     * Date of the last review, YYYY-MM-DD.
     */
    last_reviewed: string;
    /**
     * Who reviewed it.
     */
    reviewed_by?: string;
  };
  /**
   * A system or team id: kebab-case, at most 63 characters.
   */
  replaced_by?: string;
  /**
   * For a deprecated or retired system with no replacement: what happens to its users and when it goes away.
   */
  retirement_note?: string;
}
/**
 * Someone who knows the system.
 */
export interface Person {
  /**
   * Full name.
   */
  name: string;
  /**
   * Chat nickname.
   */
  handle?: string;
  /**
   * Email address.
   */
  email?: string;
  /**
   * What this person knows best about the system.
   */
  knows?: string;
}
/**
 * A dependency with details.
 */
export interface Dependency {
  /**
   * A system or team id: kebab-case, at most 63 characters.
   */
  id: string;
  /**
   * `hard`: this system fails when that one is down; `soft`: it degrades but keeps working. Default `hard`.
   */
  strength?: 'hard' | 'soft';
  /**
   * How it talks to it (HTTP, MySQL, AMQP, NFS, ssh).
   */
  protocol?: string;
  /**
   * What it uses it for, and which data flows.
   */
  usage?: string;
}
/**
 * Scalability: can it take the expected growth?
 */
export interface Ility {
  /**
   * `pass`: met, with evidence; `fail`: known not met; `n/a`: does not apply; `unknown`: not assessed yet.
   */
  status: 'pass' | 'fail' | 'n/a' | 'unknown';
  /**
   * Evidence for the status, or the plan to meet it.
   */
  notes?: string;
}
/**
 * Maintainability: can someone other than the author change and deploy it safely?
 */
export interface Ility1 {
  /**
   * `pass`: met, with evidence; `fail`: known not met; `n/a`: does not apply; `unknown`: not assessed yet.
   */
  status: 'pass' | 'fail' | 'n/a' | 'unknown';
  /**
   * Evidence for the status, or the plan to meet it.
   */
  notes?: string;
}
/**
 * Reliability: does it do the right thing, every time?
 */
export interface Ility2 {
  /**
   * `pass`: met, with evidence; `fail`: known not met; `n/a`: does not apply; `unknown`: not assessed yet.
   */
  status: 'pass' | 'fail' | 'n/a' | 'unknown';
  /**
   * Evidence for the status, or the plan to meet it.
   */
  notes?: string;
}
/**
 * Availability: is it up when it is needed?
 */
export interface Ility3 {
  /**
   * `pass`: met, with evidence; `fail`: known not met; `n/a`: does not apply; `unknown`: not assessed yet.
   */
  status: 'pass' | 'fail' | 'n/a' | 'unknown';
  /**
   * Evidence for the status, or the plan to meet it.
   */
  notes?: string;
}
/**
 * Security: access control, secrets handling, exposure.
 */
export interface Ility4 {
  /**
   * `pass`: met, with evidence; `fail`: known not met; `n/a`: does not apply; `unknown`: not assessed yet.
   */
  status: 'pass' | 'fail' | 'n/a' | 'unknown';
  /**
   * Evidence for the status, or the plan to meet it.
   */
  notes?: string;
}
/**
 * Observability: can you tell what it is doing and why it failed?
 */
export interface Ility5 {
  /**
   * `pass`: met, with evidence; `fail`: known not met; `n/a`: does not apply; `unknown`: not assessed yet.
   */
  status: 'pass' | 'fail' | 'n/a' | 'unknown';
  /**
   * Evidence for the status, or the plan to meet it.
   */
  notes?: string;
}
/**
 * Fault tolerance & isolation: does a failure stay contained, and does it survive its dependencies failing?
 */
export interface Ility6 {
  /**
   * `pass`: met, with evidence; `fail`: known not met; `n/a`: does not apply; `unknown`: not assessed yet.
   */
  status: 'pass' | 'fail' | 'n/a' | 'unknown';
  /**
   * Evidence for the status, or the plan to meet it.
   */
  notes?: string;
}

/** The YAML front matter of one system doc, `systems/<id>.md`. The id is the file name; it is never written in the front matter. Team fields (`x-…` keys) hold any value. */
export type SystemData = SystemDataFields & { [key: `x-${string}`]: unknown };
