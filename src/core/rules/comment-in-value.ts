import { defineRule } from './define-rule.ts';

/** Reported from the front matter text: YAML itself sees only a shorter value. */
export const commentInValue = defineRule({
  id: 'comment-in-value',
  severity: 'warning',
  description: 'An unquoted value contains ` #word`, which YAML reads as the start of a comment, cutting the value short.',
  category: 'yaml',
  check: { stage: 'load', by: 'src/core/validate/find-comments-in-values.ts' },
  examples: {
    fail: [{ title: 'A channel name YAML reads as a comment', files: { 'systems/a.md': '---\nname: A\nsummary: Ask in #releng first.\nowner: releng\nlifecycle: proposed\n---\n' }, expected: ['systems/a.md:3:17'] }],
    pass: [{ title: 'The value quoted', files: { 'systems/a.md': '---\nname: A\nsummary: "Ask in #releng first."\nowner: releng\nlifecycle: proposed\n---\n' } }],
  },
});
