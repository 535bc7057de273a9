import { defineRule } from './define-rule.ts';

/** The gate asks for a replacement, and the doc names neither `replaced_by` nor a `retirement_note`: at `lifecycle:`. */
export const noReplacement = defineRule({
  id: 'no-replacement',
  severity: 'error',
  description: 'A deprecated system names neither `replaced_by` nor a `retirement_note`.',
  category: 'lifecycle',
  check: {
    stage: 'system',
    run: (system, { gate }) => {
      if (!gate.replacement || system.data.replaced_by || system.data.retirement_note?.trim()) return [];
      return [{
        file: system.file, ...system.places.lifecycle,
        message: `A ${system.data.lifecycle} system needs \`replaced_by\` or a \`retirement_note\`.`,
        hint: 'Tell its users what to move to, or when it goes away.',
      }];
    },
  },
  examples: {
    fail: [{
      title: 'A deprecated system that says nothing about what comes next',
      files: { 'systems/old.md': '---\nname: Old\nsummary: Old thing.\nowner: releng\nlifecycle: deprecated\n---\n\n## Overview\n\nGone soon.\n' },
      expected: ['systems/old.md:5:12'],
    }],
    pass: [{
      title: 'A retirement note is enough',
      files: { 'systems/old.md': '---\nname: Old\nsummary: Old thing.\nowner: releng\nlifecycle: deprecated\nretirement_note: Off in March.\n---\n\n## Overview\n\nGone soon.\n' },
    }],
  },
});
