import { defineRule } from './define-rule.ts';

/** Reported while parsing a doc that has nothing but white space. */
export const emptyFile = defineRule({
  id: 'empty-file',
  severity: 'error',
  description: 'The file is empty.',
  category: 'file',
  check: { stage: 'load', by: 'src/core/source/parse-doc.ts' },
  examples: {
    fail: [{ title: 'A doc with only blank lines', files: { 'systems/a.md': '\n\n' }, expected: ['systems/a.md:1:1'] }],
    pass: [{ title: 'A doc with front matter', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n' } }],
  },
});
