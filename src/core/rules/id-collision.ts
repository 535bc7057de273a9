import { defineRule } from './define-rule.ts';

/** Reported from the file names: on a case-insensitive disk the two would be one file. */
export const idCollision = defineRule({
  id: 'id-collision',
  severity: 'error',
  description: 'Two files have the same id (in different subfolders), or ids that differ only by case.',
  category: 'file',
  check: { stage: 'load', by: 'src/core/analyze-catalog.ts' },
  examples: {
    fail: [{ title: 'Two names that differ only by case', files: { 'systems/build-cache.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/Build-Cache.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n' }, expected: ['systems/build-cache.md:1:1'] }],
    pass: [{ title: 'Two different names', files: { 'systems/build-cache.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/build-queue.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n' } }],
  },
});
