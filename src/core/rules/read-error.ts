import { defineRule } from './define-rule.ts';

/** Reported while reading files: a path that cannot be opened, such as a symbolic link that leads nowhere. */
export const readError = defineRule({
  id: 'read-error',
  severity: 'error',
  description: 'The file could not be read.',
  category: 'file',
  check: { stage: 'load', by: 'src/core/source/read-source-file.ts' },
  examples: {
    fail: [{ title: 'A link to a doc that is not there', files: { 'systems/ghost.md': { link: 'gone.md' } }, expected: ['systems/ghost.md:1:1'] }],
    pass: [{ title: 'A link to a doc that is there is read like the doc', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/b.md': { link: 'a.md' } } }],
  },
});
