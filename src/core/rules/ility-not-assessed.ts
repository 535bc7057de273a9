import { ILITIES } from '../config/default-gates.ts';
import { defineRule } from './define-rule.ts';
import { placeAt } from './place-at.ts';

/** Where the gate asks for assessed ilities: each one `unknown` (at its status) or missing (at `ilities:`, or at `lifecycle:` when there is none). */
export const ilityNotAssessed = defineRule({
  id: 'ility-not-assessed',
  severity: 'error',
  description: 'An ility is missing or `unknown` where the lifecycle requires an assessment.',
  category: 'lifecycle',
  check: {
    stage: 'system',
    run: (system, { gate }) => {
      if (gate.ilities !== 'assessed') return [];
      return ILITIES.flatMap((ility) => {
        const entry = system.data.ilities?.[ility];
        if (entry && entry.status !== 'unknown') return [];
        return [{
          file: system.file,
          ...(entry ? placeAt(system, ['ilities', ility, 'status']) : system.data.ilities ? placeAt(system, ['ilities'], true) : system.places.lifecycle),
          message: `A ${system.data.lifecycle} system needs \`ilities.${ility}\` assessed (pass, fail or n/a), found ${entry ? '`unknown`' : 'nothing'}.`,
        }];
      });
    },
  },
  examples: {
    fail: [{
      title: 'A production system with one ility `unknown` and the other six missing',
      files: {
        'systems/a.md': `---
name: A
summary: A.
owner: releng
lifecycle: production
ilities:
  security: { status: unknown }
---
`,
      },
      expected: ['systems/a.md:6:1', 'systems/a.md:6:1', 'systems/a.md:6:1', 'systems/a.md:6:1', 'systems/a.md:6:1', 'systems/a.md:6:1', 'systems/a.md:7:23'],
    }],
    pass: [{
      title: 'Every ility assessed, `n/a` included',
      files: {
        'systems/a.md': `---
name: A
summary: A.
owner: releng
lifecycle: production
ilities:
  scalability: { status: pass }
  maintainability: { status: pass }
  reliability: { status: fail, notes: Single host. }
  availability: { status: pass }
  security: { status: pass }
  observability: { status: pass }
  fault_tolerance: { status: n/a }
---
`,
      },
    }],
  },
});
