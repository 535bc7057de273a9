import { lintDeprecatedHasDependents } from '../lint/lint-deprecated-has-dependents.ts';
import { defineRule } from './define-rule.ts';

/** See {@link lintDeprecatedHasDependents}. */
export const deprecatedHasDependents = defineRule({
  id: 'deprecated-has-dependents',
  severity: 'warning',
  description: 'A deprecated or retired system still has dependents.',
  category: 'graph',
  check: { stage: 'graph', run: lintDeprecatedHasDependents },
  examples: {
    fail: [{
      title: 'A deprecated system something running still uses',
      files: {
        'systems/old.md': '---\nname: Old\nsummary: Old.\nowner: releng\nlifecycle: deprecated\nreplaced_by: app\n---\n',
        'systems/app.md': '---\nname: App\nsummary: App.\nowner: releng\nlifecycle: experimental\ndepends_on: [old]\n---\n',
      },
      expected: ['systems/old.md:5:12'],
    }],
    pass: [{
      title: 'Only retired systems still point at it',
      files: {
        'systems/old.md': '---\nname: Old\nsummary: Old.\nowner: releng\nlifecycle: deprecated\nreplaced_by: app\n---\n',
        'systems/app.md': '---\nname: App\nsummary: App.\nowner: releng\nlifecycle: experimental\n---\n',
        'systems/older.md': '---\nname: Older\nsummary: Older.\nowner: releng\nlifecycle: retired\ndepends_on: [old]\n---\n',
      },
    }],
  },
});
