import type { Finding, Severity } from '../diagnostic.ts';
import type { CatalogSystem } from '../model.ts';
import type { Gate } from '../types/config.ts';
import type { GraphLintInput } from '../lint/graph-lint-input.ts';
import type { ReferenceInput } from '../validate/check-references.ts';
import type { ReadinessInput } from '../readiness/check-readiness.ts';
import type { TemplateText } from '../read-template-text.ts';

/** The groups rules are listed in, with their headings: what part of a catalog a rule looks at. */
export const RULE_CATEGORIES = {
  file: 'Files and ids',
  yaml: 'YAML front matter',
  schema: 'Schema',
  content: 'Content',
  references: 'References between files',
  lifecycle: 'Lifecycle gates',
  graph: 'Graph and risk',
  readiness: 'Readiness',
  config: 'Configuration',
  suppression: 'Suppressions',
  import: 'Importing from Backstage',
} as const;

/** A rule's category, such as `lifecycle`. */
export type RuleCategory = keyof typeof RULE_CATEGORIES;

/** What a rule reports: a place and a reason. Its id and severity are added around it (see `run-rules.ts`). */
export type RuleFinding = Omit<Finding, 'rule'>;

/** What a rule run once per system is given besides the system. */
export interface SystemRuleContext {
  /** The gate of the system's lifecycle. */
  gate: Gate;
  /** Today's date, YYYY-MM-DD. */
  today: string;
  reviewMaxAgeDays: number;
  /** The text the templates write, when known; `template-text` checks nothing without it. */
  templates?: TemplateText;
}

/**
 * When a rule runs and what it is given: while files are read (`load`: its finding is emitted by the module `by`
 * names), once per system, or once over the catalog at the references, graph or readiness stage.
 */
export type RuleCheck =
  | { stage: 'load'; by: string }
  | { stage: 'system'; run: (system: CatalogSystem, context: SystemRuleContext) => RuleFinding[] }
  | { stage: 'references'; run: (input: ReferenceInput) => RuleFinding[] }
  | { stage: 'graph'; run: (input: GraphLintInput) => RuleFinding[] }
  | { stage: 'readiness'; run: (input: ReadinessInput) => RuleFinding[] };

/** A file of an example catalog: its text or bytes, or, for rules about what a path is, a folder or a symbolic link. */
export type ExampleFile = string | Uint8Array | { folder: true } | { link: string } | { bytes: number };

/** An example catalog, run through `loadCatalog` exactly as `check` would, on {@link EXAMPLE_TODAY}. */
export interface RuleExample {
  /** One line on what it shows. */
  title: string;
  /**
   * Files by path from the catalog's root: docs in `systems/`, `fieldguide.config.yaml`, and `systems/teams.yaml`,
   * which declares `releng` and `it` unless the example gives its own or `null` for none.
   */
  files: Record<string, ExampleFile | null>;
}

/** An example the rule must report, with the place (`file:line:column`) of each of its diagnostics, in order. */
export interface FailingExample extends RuleExample {
  expected: string[];
}

/** One rule: what it is called, how bad it is by default, what it catches, where it runs, and its examples. */
export interface RuleDefinition<Id extends string = string> {
  id: Id;
  /** Default severity; `check.rules` in the config changes it. */
  severity: Severity;
  /** One sentence on what it catches, shown by `fieldguide rules`, the README and the site's schema page. */
  description: string;
  category: RuleCategory;
  check: RuleCheck;
  /** Catalogs it reports (`fail`) and catalogs it must not (`pass`): the rule's tests. */
  examples: { fail: [FailingExample, ...FailingExample[]]; pass: [RuleExample, ...RuleExample[]] };
}

/** The date every example is checked on. */
export const EXAMPLE_TODAY = '2026-11-26';

/** Declares a rule; the registry in `rules.ts` lists every declaration. */
export function defineRule<const Id extends string>(rule: RuleDefinition<Id>): RuleDefinition<Id> {
  return rule;
}
