import { ILITIES } from '../config/default-gates.ts';
import { defineRule } from './define-rule.ts';
import { placeAt } from './place-at.ts';

/** Where the gate asks for a plan per ility: each one without notes, at its empty notes, its entry, `ilities:`, or `lifecycle:`. */
export const ilityNoPlan = defineRule({
  id: 'ility-no-plan',
  severity: 'error',
  description: 'An ility has no notes saying how it will be met, where the lifecycle requires a plan.',
  category: 'lifecycle',
  check: {
    stage: 'system',
    run: (system, { gate }) => {
      if (gate.ilities !== 'planned') return [];
      return ILITIES.flatMap((ility) => {
        const entry = system.data.ilities?.[ility];
        if (entry?.notes?.trim()) return [];
        const path = !entry ? ['ilities'] : entry.notes === undefined ? ['ilities', ility] : ['ilities', ility, 'notes'];
        return [{
          file: system.file, ...(system.data.ilities ? placeAt(system, path, path.length < 3) : system.places.lifecycle),
          message: `A ${system.data.lifecycle} system needs notes in \`ilities.${ility}\` saying how it will be met.`,
        }];
      });
    },
  },
  examples: {
    fail: [{
      title: 'A proposal with empty notes for security, none for reliability, and no entry for the other five',
      files: {
        'systems/a.md': `---
name: A
summary: A.
owner: releng
lifecycle: proposed
ilities:
  security: { status: unknown, notes: "" }
  reliability: { status: unknown }
---
`,
      },
      expected: ['systems/a.md:6:1', 'systems/a.md:6:1', 'systems/a.md:6:1', 'systems/a.md:6:1', 'systems/a.md:6:1', 'systems/a.md:7:39', 'systems/a.md:8:3'],
    }],
    pass: [{
      title: 'A plan for every ility, while every status is still `unknown`',
      files: {
        'systems/a.md': `---
name: A
summary: A.
owner: releng
lifecycle: proposed
ilities:
  scalability: { status: unknown, notes: Shard by branch. }
  maintainability: { status: unknown, notes: Two teams deploy it. }
  reliability: { status: unknown, notes: Checksums on every artifact. }
  availability: { status: unknown, notes: Down for an hour is fine. }
  security: { status: unknown, notes: SSO only. }
  observability: { status: unknown, notes: Logs in the central store. }
  fault_tolerance: { status: unknown, notes: Queues jobs while the database is down. }
---
`,
      },
    }],
  },
});
