import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc } from '../../helpers/make-catalog.ts';
import { onlyRules } from '../../helpers/graph-docs.ts';
import type { ConfigFile } from '../../../src/core/types/config.ts';

const config = onlyRules('below-readiness-level');

describe('below-readiness-level', () => {
  it('reports a system below the level its tier and lifecycle require, at its tier, naming the criteria in the way', () => {
    const doc = productionDoc({ tier: 1 }).replace('security: { status: pass }', 'security: { status: unknown }');
    expect(brief(analyze({ core: doc }, { config }).diagnostics.filter((d) => d.rule === 'below-readiness-level'))).toEqual([
      'systems/core.md:6:7 warning below-readiness-level: `core` reaches Bronze, but tier-1 production systems must reach Gold; not passing: `security-assessed` (not yet assessed), `capacity-limits` (fail). (Meet those criteria (see `readiness.criteria`), or change `readiness.required` in fieldguide.config.yaml if the requirement is wrong.)',
    ]);
  });

  it('says so when a system has not reached the lowest level', () => {
    const doc = productionDoc({ tier: 4, body: '\n## Runbook\n\nText.\n' });
    expect(brief(analyze({ tool: doc }, { config }).diagnostics).filter((d) => d.includes('below-readiness-level'))).toEqual([
      'systems/tool.md:6:7 warning below-readiness-level: `tool` has not reached Bronze, but production systems must reach Bronze; not passing: `overview` (fail). (Meet those criteria (see `readiness.criteria`), or change `readiness.required` in fieldguide.config.yaml if the requirement is wrong.)',
    ]);
  });

  it('names the scope of a custom requirement, and accepts systems that meet theirs', () => {
    const custom: ConfigFile = { ...config, readiness: { required: [{ tiers: [1, 2], kinds: ['service', 'website'], level: 'gold' }] } };
    expect(analyze({ a: productionDoc({ tier: 3 }) }, { config: custom }).diagnostics).toEqual([]);
    expect(analyze({ a: productionDoc({ tier: 2 }) }, { config: custom }).diagnostics.map((d) => d.message)).toEqual([
      '`a` reaches Silver, but tier-1 or tier-2 services or websites must reach Gold; not passing: `capacity-limits` (fail).',
    ]);
  });
});
