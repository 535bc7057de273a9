import { defineRule } from './define-rule.ts';

/** Fewer `failure_modes` than the gate's `min_failure_modes`: at `failure_modes`, or at `lifecycle:` when absent. */
export const noFailureModes = defineRule({
  id: 'no-failure-modes',
  severity: 'error',
  description: 'Fewer failure modes than the lifecycle requires.',
  category: 'lifecycle',
  check: {
    stage: 'system',
    run: (system, { gate }) => {
      const modes = system.data.failure_modes?.length ?? 0;
      const min = gate.min_failure_modes;
      if (min === undefined || modes >= min) return [];
      return [{
        file: system.file, ...(system.places.failureModes ?? system.places.lifecycle),
        message: `A ${system.data.lifecycle} system needs at least ${min} entr${min === 1 ? 'y' : 'ies'} in \`failure_modes\`, found ${modes}.`,
        hint: 'Describe what goes wrong, its impact, and how to recover.',
      }];
    },
  },
  examples: {
    fail: [{
      title: 'A production system with an empty `failure_modes`',
      files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: production\nfailure_modes: []\n---\n' },
      expected: ['systems/a.md:6:1'],
    }],
    pass: [{
      title: 'One failure mode',
      files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: production\nfailure_modes:\n  - { scenario: Disk full, impact: Builds fail, mitigation: Purge old artifacts }\n---\n' },
    }],
  },
});
