import { lintBusFactor } from '../lint/lint-bus-factor.ts';
import { defineRule } from './define-rule.ts';

/** See {@link lintBusFactor}. */
export const busFactor = defineRule({
  id: 'bus-factor',
  severity: 'warning',
  description: 'A tier-1 or tier-2 system has a single expert.',
  category: 'graph',
  check: { stage: 'graph', run: lintBusFactor },
  examples: {
    fail: [{
      title: 'A tier-2 experimental system only one person knows',
      files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: experimental\ntier: 2\nexperts: [{ name: Ada }]\n---\n' },
      expected: ['systems/a.md:7:1'],
    }],
    pass: [{
      title: 'Two experts; and a tier-3 system may have one',
      files: {
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: experimental\ntier: 2\nexperts: [{ name: Ada }, { name: Grace }]\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: experimental\ntier: 3\nexperts: [{ name: Ada }]\n---\n',
      },
    }],
  },
});
