import { defineRule } from './define-rule.ts';

/** Reported while reading files, before anything is opened, so a FIFO never blocks (the example uses a folder: a FIFO cannot be created portably). */
export const notAFile = defineRule({
  id: 'not-a-file',
  severity: 'error',
  description: 'The path is not a regular file: a folder, a device, a FIFO, or a link that leads to one or loops.',
  category: 'file',
  check: { stage: 'load', by: 'src/core/source/read-source-file.ts' },
  examples: {
    fail: [{ title: 'A folder named like a doc', files: { 'systems/notes.md': { folder: true } }, expected: ['systems/notes.md:1:1'] }],
    pass: [{ title: 'A folder not named like a doc is skipped, not read', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/notes': { folder: true } } }],
  },
});
