import type { RuleId } from '../../src/core/rules.ts';
import type { ConfigFile } from '../../src/core/types/config.ts';
import { productionDoc, TEAMS, WITHOUT_GRAPH_LINTS, type DocOptions } from './make-catalog.ts';
import { makeProject } from './run-cli.ts';

/** A config with the graph lints and readiness turned off except `rules`, which keep their default severity. */
export function onlyRules(...rules: RuleId[]): ConfigFile {
  const off = { ...WITHOUT_GRAPH_LINTS.check!.rules! };
  for (const rule of rules) delete off[rule];
  return { check: { rules: off } };
}

/** `productionDoc` without its `interfaces` block, for systems whose consumers are not documented. */
export function withoutInterfaces(doc: string): string {
  return doc.replace('interfaces:\n  - name: Web\n    url: https://example.com/\n', '');
}

/**
 * Docs for a crafted graph from edges written `a->b` (hard) or `a~>b` (soft); a bare `a` declares a system with no
 * edges. `options` sets a system's tier, owner or lifecycle. Every doc is otherwise a complete production doc.
 */
export function graphDocs(edges: string[], options: Record<string, DocOptions> = {}): Record<string, string> {
  const deps = new Map<string, string[]>();
  const declare = (id: string) => {
    if (!deps.has(id)) deps.set(id, []);
  };
  for (const edge of edges) {
    const match = /^([a-z0-9-]+)(?:(->|~>)([a-z0-9-]+))?$/.exec(edge);
    if (!match) throw new Error(`Bad edge \`${edge}\``);
    const [, from, arrow, to] = match as unknown as [string, string, string | undefined, string | undefined];
    declare(from);
    if (!to) continue;
    declare(to);
    deps.get(from)!.push(arrow === '~>' ? `{ id: ${to}, strength: soft }` : to);
  }
  return Object.fromEntries([...deps].map(([id, list]) => [id, productionDoc({ name: id, deps: list, ...options[id] })]));
}

/** A temporary project (teams file included) holding the docs of `graphDocs(edges, options)`, plus any extra files. */
export function graphProject(edges: string[], options: Record<string, DocOptions> = {}, extra: Record<string, string> = {}): string {
  const files: Record<string, string> = { 'systems/teams.yaml': TEAMS, ...extra };
  for (const [id, doc] of Object.entries(graphDocs(edges, options))) files[`systems/${id}.md`] = doc;
  return makeProject(files);
}
