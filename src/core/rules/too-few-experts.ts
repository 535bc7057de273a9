import { defineRule } from './define-rule.ts';

/** Fewer `experts` than the gate's `min_experts`: at `experts`, or at `lifecycle:` when there are none. */
export const tooFewExperts = defineRule({
  id: 'too-few-experts',
  severity: 'error',
  description: 'Fewer experts than the lifecycle requires (bus factor).',
  category: 'lifecycle',
  check: {
    stage: 'system',
    run: (system, { gate }) => {
      const experts = system.data.experts?.length ?? 0;
      const min = gate.min_experts;
      if (min === undefined || experts >= min) return [];
      return [{
        file: system.file, ...(system.places.experts ?? system.places.lifecycle),
        message: `A ${system.data.lifecycle} system needs at least ${min} expert${min === 1 ? '' : 's'} in \`experts\`, found ${experts}.`,
        hint: 'Name the people who can actually fix it, so the knowledge is not in one head.',
      }];
    },
  },
  examples: {
    fail: [{
      title: 'An experimental system with an empty `experts` list, and one with none',
      files: {
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: experimental\nexperts: []\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: experimental\n---\n',
      },
      expected: ['systems/a.md:6:1', 'systems/b.md:5:12'],
    }],
    pass: [{
      title: 'One expert is enough for an experimental system',
      files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: experimental\nexperts: [{ name: Ada }]\n---\n' },
    }],
  },
});
