import { defineRule } from './define-rule.ts';

/** Reported while splitting a doc into front matter and body. */
export const noFrontMatter = defineRule({
  id: 'no-front-matter',
  severity: 'error',
  description: 'The file does not start with a `---` YAML front matter block, or the block is never closed.',
  category: 'yaml',
  check: { stage: 'load', by: 'src/core/source/parse-doc.ts' },
  examples: {
    fail: [{ title: 'Markdown without front matter, and front matter never closed', files: { 'systems/a.md': '# A\n\nText.\n', 'systems/b.md': '---\nname: B\n' }, expected: ['systems/a.md:1:1', 'systems/b.md:1:1'] }],
    pass: [{ title: 'Front matter between two `---` lines', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n' } }],
  },
});
