import { describeScope } from '../readiness/match-scope.ts';
import { defineRule } from './define-rule.ts';

/** A system that has not reached the level its tier and lifecycle require: at its tier, naming the criteria in the way. */
export const belowReadinessLevel = defineRule({
  id: 'below-readiness-level',
  severity: 'warning',
  description: 'A system is below the readiness level its tier and lifecycle require.',
  category: 'readiness',
  check: {
    stage: 'readiness',
    run: ({ systems, results, readiness }) => {
      const names = new Map(readiness.levels.map((l) => [l.id, l.name]));
      return systems.flatMap((system) => {
        const result = results.get(system.id);
        if (!result || result.meetsRequired || !result.requirement) return [];
        const reached = result.level ? `reaches ${names.get(result.level)}` : `has not reached ${names.get(readiness.levels[0]!.id)}`;
        const missing = result.toRequired.map((c) => `\`${c.id}\` (${c.status === 'not-assessed' ? 'not yet assessed' : c.status})`).join(', ');
        return [{
          file: system.file, ...(system.places.tier ?? system.places.lifecycle),
          message: `\`${system.id}\` ${reached}, but ${describeScope(result.requirement)} must reach ${names.get(result.required!)}; not passing: ${missing}.`,
          hint: 'Meet those criteria (see `readiness.criteria`), or change `readiness.required` in fieldguide.config.yaml if the requirement is wrong.',
        }];
      });
    },
  },
  examples: {
    fail: [{
      title: 'A tier-4 production system that does not say what it is (Bronze needs an Overview)',
      files: {
        'systems/a.md': `---
name: A
summary: A.
owner: releng
lifecycle: production
tier: 4
contacts: { chat: "#releng" }
depends_on: []
runs_on: { provider: Data center 1 }
experts: [{ name: Ada }]
access: [{ what: ssh, how: "Ask in #releng" }]
---
`,
      },
      expected: ['systems/a.md:6:7'],
    }],
    pass: [{
      title: 'The same system with an Overview reaches Bronze',
      files: {
        'systems/a.md': `---
name: A
summary: A.
owner: releng
lifecycle: production
tier: 4
contacts: { chat: "#releng" }
depends_on: []
runs_on: { provider: Data center 1 }
experts: [{ name: Ada }]
access: [{ what: ssh, how: "Ask in #releng" }]
---

## Overview

Text.
`,
      },
    }],
  },
});
