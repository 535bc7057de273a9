import type { Finding } from '../diagnostic.ts';
import type { GraphLintInput } from './graph-lint-input.ts';

/** Rule `bus-factor`: a tier-1 or tier-2 system that runs (experimental, production, deprecated) with fewer than two experts. */
export function lintBusFactor({ systems }: GraphLintInput): Finding[] {
  const findings: Finding[] = [];
  for (const system of systems) {
    const { tier, lifecycle, experts = [] } = system.data;
    if (tier === undefined || tier > 2 || lifecycle === 'proposed' || lifecycle === 'retired' || experts.length >= 2) continue;
    findings.push({
      file: system.file, ...(system.places.experts ?? system.places.lifecycle), rule: 'bus-factor',
      message: experts.length === 1
        ? `Tier-${tier} system \`${system.id}\` has a single expert (${experts[0]!.name}): when they are away, nobody can fix it.`
        : `Tier-${tier} system \`${system.id}\` has no named expert: nobody is known to be able to fix it.`,
      hint: 'Name a second person who can run and repair it, and have them do it once.',
    });
  }
  return findings;
}
