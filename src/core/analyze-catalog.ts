import { compareDiagnostics, type Diagnostic, type Finding, type Severity } from './diagnostic.ts';
import { applySuppressions } from './suppress/apply-suppressions.ts';
import type { Suppression } from './suppress/find-suppressions.ts';
import { capFindings } from './cap-findings.ts';
import type { CatalogSystem, Team } from './model.ts';
import type { RuleId } from './rules.ts';
import type { ResolvedConfig } from './config/resolve-config.ts';
import { buildGraph, type Graph } from './graph/build-graph.ts';
import { analyzeSystemFile, type SystemFileResult } from './analyze-system-file.ts';
import { isReservedName } from './is-reserved-name.ts';
import { readTeams } from './read-teams.ts';
import { readGlossary, type GlossaryTerm } from './glossary/read-glossary.ts';
import { checkContent, checkGate } from './validate/check-gate.ts';
import type { TemplateText } from './read-template-text.ts';
import { checkReferences } from './validate/check-references.ts';
import { lintGraph } from './lint/lint-graph.ts';
import { computeReadiness, type SystemReadiness } from './readiness/compute-readiness.ts';
import { checkReadiness } from './readiness/check-readiness.ts';
import { readTeamContacts } from './readiness/team-contacts.ts';
import type { HeadingsReader } from './source/create-parallel-headings.ts';
import { readHeadings } from './source/read-headings.ts';

/**
 * One file handed to the analysis: its path (relative, `/`-separated) and raw bytes, or the finding that says why
 * it could not be read (its id is still known, so references to it are not reported as well).
 */
export type SourceFile = { file: string; bytes: Uint8Array } | { file: string; unreadable: Finding };

/** Everything the analysis needs, already read from disk. */
export interface CatalogInput {
  /** The system docs (`*.md` in the systems folder). */
  docs: SourceFile[];
  /** Path of the teams file, and its bytes when it exists. */
  teamsFile: string;
  teamsBytes?: Uint8Array;
  /** Why the teams file exists but could not be read (owners are then not checked). */
  teamsUnreadable?: Finding;
  /** Path of the optional glossary file, its bytes when it exists, or why it exists but could not be read. */
  glossaryFile?: string;
  glossaryBytes?: Uint8Array;
  glossaryUnreadable?: Finding;
  /** Paths in the systems folder that are not docs, not read (shown relative, like `file`). */
  skipped?: string[];
  config: ResolvedConfig;
  /** Findings from reading the config, reported with the rest. */
  configFindings?: Finding[];
  /** Today's date, YYYY-MM-DD, so review ages are reproducible. */
  today: string;
  /** The text the templates write (`readTemplateText`), for rule `template-text`; without it that rule checks nothing. */
  templates?: TemplateText;
  /** Reads headings by index into `docs`, e.g. shared with a worker thread; default: inline. */
  headings?: HeadingsReader;
  /**
   * One file's own analysis, shared between runs over the same files with the same config (a diff's two sides):
   * a doc whose path and bytes match an entry is not analyzed again. Filled as docs are analyzed.
   */
  fileResults?: FileResults;
}

/** Per-file analyses by path, each with the bytes it was made from (see `CatalogInput.fileResults`). */
export type FileResults = Map<string, { bytes: Uint8Array; result: SystemFileResult }>;

/** The analyzed catalog: valid systems, teams, the dependency graph, and every problem found. */
export interface Catalog {
  systems: CatalogSystem[];
  byId: Map<string, CatalogSystem>;
  teams: Team[];
  /** The glossary's terms, in the file's order (none without a glossary file, or when it is broken). */
  glossary: GlossaryTerm[];
  graph: Graph;
  /** Gate findings per system id, for the readiness page ("what is missing"). */
  gaps: Map<string, Finding[]>;
  /** Readiness per system id: the level reached, the next one, and the criteria in between. */
  readiness: Map<string, SystemReadiness>;
  diagnostics: Diagnostic[];
  /** Findings silenced by a `fieldguide-disable-next-line` comment, with its reason: accepted exceptions, not passes. */
  suppressed: { diagnostic: Diagnostic; reason: string }[];
  config: ResolvedConfig;
  today: string;
  /** How many docs (`*.md` entries) were examined, readable or not: the count summaries report. */
  docCount: number;
  /** Paths in the systems folder that were skipped as not docs, sorted. */
  skipped: string[];
  /** How many files (docs, the teams file, the config) have at least one error: answers built from the catalog may be incomplete. */
  docsWithErrors: number;
}

/** Largest id: 63 characters, so it fits a DNS label and a URL segment. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Runs every rule over a catalog held in memory. Pure: the CLI and the site's content loader both call it. */
export function analyzeCatalog(input: CatalogInput): Catalog {
  const findings: Finding[] = [...(input.configFindings ?? [])];
  const systems: CatalogSystem[] = [];
  const knownIds = new Set<string>();
  const lowerCased = new Map<string, string>();
  const gaps = new Map<string, Finding[]>();
  const suppressions: Suppression[] = [];
  // Systems reused from an earlier run already have their headings: the costliest step is not repeated.
  const withHeadings = new Set<CatalogSystem>();
  const gateContext = { today: input.today, reviewMaxAgeDays: input.config.check.reviewMaxAgeDays, ...(input.templates ? { templates: input.templates } : {}) };

  const docIndex: number[] = [];
  const order = input.docs.map((_, i) => i).sort((a, b) => (input.docs[a]!.file < input.docs[b]!.file ? -1 : 1));
  for (const index of order) {
    const doc = input.docs[index]!;
    const { file } = doc;
    const id = idOf(file);
    if (!ID.test(id) || id.length > 63) {
      findings.push({
        file, line: 1, column: 1, rule: 'invalid-id',
        message: `\`${id}\` is not a valid system id: use lowercase letters, digits and single hyphens, at most 63 characters.`,
        hint: `Rename the file, e.g. to \`${suggestId(id)}.md\`.`,
      });
    } else if (isReservedName(id)) {
      findings.push({
        file, line: 1, column: 1, rule: 'invalid-id',
        message: `\`${id}\` is not a valid system id: Windows reserves the name \`${id}\`, so the file cannot be checked out there.`,
        hint: `Rename the file, e.g. to \`${id}-system.md\`.`,
      });
    }
    // A colliding file is still analyzed in full and its id stays known: the collision is one more problem, not the only one.
    const firstFile = lowerCased.get(id.toLowerCase());
    if (firstFile) {
      findings.push({
        file, line: 1, column: 1, rule: 'id-collision',
        // Docs in different subfolders may share a file name, and so an id.
        ...(idOf(firstFile) === id
          ? { message: `The id \`${id}\` is used by two files: ids must be unique across folders.`, hint: 'Rename one of the files.' }
          : { message: `The id \`${id}\` collides with \`${idOf(firstFile)}\`: ids must differ by more than case.` }),
        related: [{ file: firstFile, line: 1, column: 1, message: 'The other file.' }],
      });
    } else {
      lowerCased.set(id.toLowerCase(), file);
    }
    knownIds.add(id);
    if ('unreadable' in doc) {
      findings.push(doc.unreadable);
      continue;
    }
    const memo = input.fileResults?.get(file);
    const reused = memo !== undefined && Buffer.compare(memo.bytes, doc.bytes) === 0 ? memo.result : undefined;
    const result = reused ?? analyzeSystemFile(file, id, doc.bytes, input.config);
    if (!reused) input.fileResults?.set(file, { bytes: doc.bytes, result });
    if (reused?.system) withHeadings.add(reused.system);
    findings.push(...result.findings);
    suppressions.push(...result.suppressions);
    if (!result.system) continue;
    systems.push(result.system);
    docIndex.push(index);
  }

  // Headings in a second pass: with a parallel reader, the worker reads them from the last doc backwards
  // while this thread does everything above, and the two meet where their shares of work are equal.
  const readHeadingsAt = input.headings ?? ((_index: number, body: string, line: number) => readHeadings(body, line));
  systems.forEach((system, i) => {
    if (!withHeadings.has(system)) system.headings = readHeadingsAt(docIndex[i]!, system.body, system.bodyLine);
    findings.push(...checkContent(system, { ...gateContext, gate: input.config.gates[system.data.lifecycle] }));
    // The gate is what the lifecycle asks for: with no real lifecycle, there is nothing to ask.
    if (hasStandIn(system, 'lifecycle')) return gaps.set(system.id, []);
    const gate = checkGate(system, { ...gateContext, gate: input.config.gates[system.data.lifecycle] }).filter((f) => !judgesRejectedField(system, f.rule));
    gaps.set(system.id, gate);
    findings.push(...gate);
  });

  const teamsResult = input.teamsUnreadable ? { teams: [], findings: [input.teamsUnreadable] } : readTeams(input.teamsFile, input.teamsBytes);
  findings.push(...teamsResult.findings);
  const glossaryResult = input.glossaryUnreadable
    ? { terms: [], findings: [input.glossaryUnreadable] }
    : readGlossary(input.glossaryFile ?? 'glossary.yaml', input.glossaryBytes, knownIds);
  findings.push(...glossaryResult.findings);
  const teamsUsable = !input.teamsUnreadable && input.teamsBytes !== undefined
    && !teamsResult.findings.some((f) => f.rule !== 'duplicate-team' && f.rule !== 'secret');
  const graph = buildGraph(systems);
  const byFile = new Map(systems.map((s) => [s.file, s]));
  findings.push(...checkReferences({ systems, knownIds, teams: teamsUsable ? teamsResult.teams : undefined, graph })
    .filter((f) => f.rule !== 'unknown-owner' || !hasStandIn(byFile.get(f.file), 'owner')));
  const byId = new Map(systems.map((s) => [s.id, s]));
  const teamContacts = readTeamContacts(teamsResult.teams);
  const readiness = new Map(systems.map((s) => [s.id, computeReadiness(s, input.config, input.today, teamContacts)]));
  // A system whose lifecycle is a stand-in is still a target of the lints (as `production`), never their subject.
  const judged = systems.filter((s) => !hasStandIn(s, 'lifecycle'));
  findings.push(...lintGraph({ systems: judged, byId, graph, config: input.config, today: input.today }), ...checkReadiness(judged, readiness, input.config.readiness));

  // Suppressions apply after the `off` filter (a comment naming a rule that is off silences nothing, as in ESLint)
  // and before the 20-per-rule cap, so any finding can be accepted and the cap counts only what is reported.
  const active = findings.filter((f) => input.config.check.rules[f.rule] !== 'off');
  const { kept, suppressed, unused } = applySuppressions(active, suppressions);
  const silenced = new Set<Finding>(suppressed.map((s) => s.finding));
  for (const [id, gate] of gaps) gaps.set(id, gate.filter((f) => !silenced.has(f)));
  const diagnostics = applySeverity([...kept, ...unused], input.config);
  return {
    systems,
    byId,
    teams: teamsResult.teams,
    glossary: glossaryResult.terms,
    graph,
    gaps,
    readiness,
    diagnostics,
    suppressed: suppressed
      .map(({ finding, reason }) => ({ diagnostic: { ...finding, severity: input.config.check.rules[finding.rule] as Severity }, reason }))
      .sort((a, b) => compareDiagnostics(a.diagnostic, b.diagnostic)),
    config: input.config,
    today: input.today,
    docCount: input.docs.length,
    skipped: [...(input.skipped ?? [])].sort(),
    docsWithErrors: new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).size,
  };
}

/** True when the schema rejected `field` and the system carries a stand-in (or nothing) in its place. */
function hasStandIn(system: CatalogSystem | undefined, field: string): boolean {
  return system?.invalidFields?.includes(field) ?? false;
}

/** Gate rules that judge a single field: when the schema rejected that field, its finding is the one to fix. */
const FIELD_RULES: Partial<Record<RuleId, string[]>> = {
  'too-few-experts': ['experts'],
  'ility-not-assessed': ['ilities'],
  'ility-no-plan': ['ilities'],
  'no-failure-modes': ['failure_modes'],
  'no-replacement': ['replaced_by', 'retirement_note'],
  'stale-review': ['review'],
};

function judgesRejectedField(system: CatalogSystem, rule: RuleId): boolean {
  return system.invalidFields !== undefined && (FIELD_RULES[rule] ?? []).some((field) => system.invalidFields!.includes(field));
}

/** Gives each finding its configured severity and drops the ones turned off. */
export function applySeverity(findings: readonly Finding[], config: ResolvedConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = config.check.rules[finding.rule];
    if (severity === 'off') continue;
    out.push({ ...finding, severity });
  }
  // Sorted first, so the findings kept per file and rule are the first ones in the file.
  return capFindings(out.sort(compareDiagnostics));
}

function idOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name;
}

function suggestId(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63) || 'system';
}
