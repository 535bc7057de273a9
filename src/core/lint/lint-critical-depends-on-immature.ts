import type { Finding } from '../diagnostic.ts';
import { isRunning, type GraphLintInput } from './graph-lint-input.ts';

/** Rule `critical-depends-on-immature`: a tier-1 or tier-2 system that hard-depends on an experimental or proposed system. */
export function lintCriticalDependsOnImmature({ systems, byId, graph }: GraphLintInput): Finding[] {
  const findings: Finding[] = [];
  for (const system of systems) {
    const tier = system.data.tier;
    if (tier === undefined || tier > 2 || !isRunning(system)) continue;
    for (const edge of graph.out.get(system.id) ?? []) {
      const target = byId.get(edge.to)!;
      const stage = target.data.lifecycle;
      if (edge.strength !== 'hard' || (stage !== 'experimental' && stage !== 'proposed')) continue;
      const dep = system.dependencies.find((d) => d.id === edge.to)!;
      findings.push({
        file: system.file, ...dep.place, rule: 'critical-depends-on-immature',
        message: `Tier-${tier} system \`${system.id}\` hard-depends on \`${target.id}\`, which is ${stage}.`,
        hint: `Make the dependency soft (so \`${system.id}\` degrades instead of failing), bring \`${target.id}\` to production first, or lower the tier.`,
      });
    }
  }
  return findings;
}
