import { analyzeCatalog, type Catalog } from '../../src/core/analyze-catalog.ts';
import { resolveConfig } from '../../src/core/config/resolve-config.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import type { ConfigFile } from '../../src/core/types/config.ts';

/** The date every test pins, so review ages never drift. */
export const TODAY = '2026-11-26';

/** A teams file declaring `releng` and `it`. */
export const TEAMS = `teams:
  - id: releng
    name: Release Engineering
  - id: it
    name: IT
`;

/** Options for a generated system doc. */
export interface DocOptions {
  name?: string;
  lifecycle?: string;
  owner?: string;
  tier?: number;
  /** YAML for `depends_on` entries, one per line, or ids. */
  deps?: string[];
  /** Extra front-matter lines appended as written. */
  extra?: string;
  /** Replaces the default body. */
  body?: string;
  experts?: number;
}

/**
 * A complete production doc that passes every lifecycle gate; options change one thing at a time,
 * so a test's failing fixture differs from the passing one only where the test says.
 */
export function productionDoc(options: DocOptions = {}): string {
  const deps = options.deps ?? [];
  const experts = options.experts ?? 2;
  return `---
name: ${options.name ?? 'Example'}
summary: An example system.
owner: ${options.owner ?? 'releng'}
lifecycle: ${options.lifecycle ?? 'production'}
tier: ${options.tier ?? 2}
kind: service
experts:
${Array.from({ length: experts }, (_, i) => `  - name: Expert ${i + 1}\n`).join('')}contacts:
  chat: "#releng"
depends_on:${deps.length === 0 ? ' []' : `\n${deps.map((d) => (d.startsWith('{') || d.includes(':') ? `  - ${d}` : `  - ${d}`)).join('\n')}`}
runs_on:
  provider: Data center
interfaces:
  - name: Web
    url: https://example.com/
access:
  - what: ssh
    how: "Ask in #releng"
monitoring:
  { healthy: Green, dashboards: [{ title: Status, url: "https://status.example/" }], alerts: [{ name: Down }] }
ilities:
  scalability: { status: pass }
  maintainability: { status: pass }
  reliability: { status: pass }
  availability: { status: pass }
  security: { status: pass }
  observability: { status: pass }
  fault_tolerance: { status: n/a }
failure_modes:
  - scenario: Down
    impact: Nothing builds
    mitigation: Restart
    last_exercised: 2026-10-01
review:
  last_reviewed: 2026-10-01
${options.extra ?? ''}---
${options.body ?? '\n## Overview\n\nText.\n\n## How to access\n\nText.\n\n## Runbook\n\nText.\n\n## Failure modes\n\nText.\n'}`;
}

/**
 * Turns off the graph lints and readiness levels, for tests of other rules whose fixtures deliberately
 * break one thing (a missing expert also drops the readiness level; that belongs to the readiness tests).
 */
export const WITHOUT_GRAPH_LINTS: ConfigFile = {
  check: {
    rules: {
      'critical-depends-on-immature': 'off', 'deprecated-has-dependents': 'off', 'orphan-production': 'off',
      'bus-factor': 'off', 'failure-modes-unexercised': 'off', 'below-readiness-level': 'off',
    },
  },
};

/** Options for analyzing an in-memory catalog. */
export interface AnalyzeOptions {
  /** Teams file text; `null` for no teams file. Default: {@link TEAMS}. */
  teams?: string | null;
  config?: ConfigFile;
  today?: string;
}

/** Analyzes docs given as `{ 'id': text }` (files `systems/<id>.md`), like `check` would. */
export function analyze(docs: Record<string, string | Uint8Array>, options: AnalyzeOptions = {}): Catalog {
  const encoder = new TextEncoder();
  const teams = options.teams === undefined ? TEAMS : options.teams;
  return analyzeCatalog({
    docs: Object.entries(docs).map(([id, text]) => ({ file: `systems/${id}.md`, bytes: typeof text === 'string' ? encoder.encode(text) : text })),
    teamsFile: 'systems/teams.yaml',
    ...(teams === null ? {} : { teamsBytes: encoder.encode(teams) }),
    config: resolveConfig(options.config),
    today: options.today ?? TODAY,
  });
}

/** Diagnostics reduced to what a reader checks: where, which rule, how bad, what it says. */
export function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
}
