import type { Finding } from '../diagnostic.ts';
import { isRunning, type GraphLintInput } from './graph-lint-input.ts';

/** Rule `orphan-production`: a production system nothing depends on and with no interfaces, so its users are undocumented. */
export function lintOrphanProduction({ systems, byId, graph }: GraphLintInput): Finding[] {
  const findings: Finding[] = [];
  for (const system of systems) {
    if (system.data.lifecycle !== 'production' || (system.data.interfaces?.length ?? 0) > 0) continue;
    if ((graph.in.get(system.id) ?? []).some((e) => isRunning(byId.get(e.from)!))) continue;
    findings.push({
      file: system.file, ...system.places.lifecycle, rule: 'orphan-production',
      message: `Production system \`${system.id}\` has no dependents and no interfaces, so whoever uses it is not documented.`,
      hint: 'List its `interfaces` (web UI, API, CLI), or add it to the `depends_on` of the systems that use it.',
    });
  }
  return findings;
}
