import type { Finding } from '../diagnostic.ts';
import type { CatalogSystem } from '../model.ts';
import type { ResolvedReadiness } from './resolve-readiness.ts';
import type { SystemReadiness } from './compute-readiness.ts';
import { describeScope } from './match-scope.ts';

/** Rule `below-readiness-level`: a system that has not reached the level its tier and lifecycle require, naming the criteria in the way. */
export function checkReadiness(
  systems: readonly CatalogSystem[],
  results: ReadonlyMap<string, SystemReadiness>,
  readiness: ResolvedReadiness,
): Finding[] {
  const names = new Map(readiness.levels.map((l) => [l.id, l.name]));
  const findings: Finding[] = [];
  for (const system of systems) {
    const result = results.get(system.id);
    if (!result || result.meetsRequired || !result.requirement) continue;
    const reached = result.level ? `reaches ${names.get(result.level)}` : `has not reached ${names.get(readiness.levels[0]!.id)}`;
    const missing = result.toRequired.map((c) => `\`${c.id}\` (${c.status === 'not-assessed' ? 'not yet assessed' : c.status})`).join(', ');
    findings.push({
      file: system.file,
      ...(system.places.tier ?? system.places.lifecycle),
      rule: 'below-readiness-level',
      message: `\`${system.id}\` ${reached}, but ${describeScope(result.requirement)} must reach ${names.get(result.required!)}; not passing: ${missing}.`,
      hint: 'Meet those criteria (see `readiness.criteria`), or change `readiness.required` in fieldguide.config.yaml if the requirement is wrong.',
    });
  }
  return findings;
}
