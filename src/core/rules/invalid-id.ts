import { defineRule } from './define-rule.ts';

/** Reported from the file name, before the doc is read. */
export const invalidId = defineRule({
  id: 'invalid-id',
  severity: 'error',
  description: 'The file name is not a valid system id (kebab-case, at most 63 characters).',
  category: 'file',
  check: { stage: 'load', by: 'src/core/analyze-catalog.ts' },
  examples: {
    fail: [{ title: 'Capitals and an underscore in the file name', files: { 'systems/Build_Cache.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n' }, expected: ['systems/Build_Cache.md:1:1'] }],
    pass: [{ title: 'A kebab-case file name', files: { 'systems/build-cache.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n' } }],
  },
});
