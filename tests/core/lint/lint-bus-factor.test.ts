import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc } from '../../helpers/make-catalog.ts';
import { onlyRules } from '../../helpers/graph-docs.ts';

const config = onlyRules('bus-factor');

describe('bus-factor', () => {
  it('reports a tier-1 or tier-2 system with a single expert, at `experts`, beside the gate it also fails', () => {
    const catalog = analyze({
      core: productionDoc({ tier: 1, experts: 1 }),
      beta: productionDoc({ tier: 2, experts: 1, lifecycle: 'experimental' }),
    }, { config });
    expect(brief(catalog.diagnostics)).toEqual([
      'systems/beta.md:8:1 warning bus-factor: Tier-2 system `beta` has a single expert (Expert 1): when they are away, nobody can fix it. (Name a second person who can run and repair it, and have them do it once.)',
      'systems/core.md:8:1 warning bus-factor: Tier-1 system `core` has a single expert (Expert 1): when they are away, nobody can fix it. (Name a second person who can run and repair it, and have them do it once.)',
      'systems/core.md:8:1 error too-few-experts: A production system needs at least 2 experts in `experts`, found 1. (Name the people who can actually fix it, so the knowledge is not in one head.)',
    ]);
  });

  it('reports a deprecated tier-1 system with no expert at all, at its lifecycle', () => {
    const doc = '---\nname: Old\nsummary: Old.\nowner: releng\nlifecycle: deprecated\ntier: 1\nretirement_note: Gone soon.\n---\n\n## Overview\n\nText.\n';
    expect(brief(analyze({ old: doc }, { config }).diagnostics)).toEqual([
      'systems/old.md:5:12 warning bus-factor: Tier-1 system `old` has no named expert: nobody is known to be able to fix it. (Name a second person who can run and repair it, and have them do it once.)',
    ]);
  });

  it('accepts two experts, a tier-3 system with one, and a proposal', () => {
    const catalog = analyze({
      core: productionDoc({ tier: 1 }),
      tool: productionDoc({ tier: 3, experts: 1, lifecycle: 'experimental' }),
    }, { config });
    expect(catalog.diagnostics).toEqual([]);
    const proposal = productionDoc({ tier: 1, experts: 1, lifecycle: 'proposed' });
    expect(analyze({ idea: proposal }, { config }).diagnostics.filter((d) => d.rule === 'bus-factor')).toEqual([]);
  });
});
