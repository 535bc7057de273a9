import { defineRule } from './define-rule.ts';

/** Reported while parsing, where the nesting passes the limit, so no parser ever recurses without bound. */
export const tooDeeplyNested = defineRule({
  id: 'too-deeply-nested',
  severity: 'error',
  description: 'The front matter or the Markdown body nests deeper than any hand-written doc would.',
  category: 'yaml',
  check: { stage: 'load', by: 'src/core/source/parse-yaml-data.ts' },
  examples: {
    fail: [{ title: 'Tags nested 70 lists deep', files: { 'systems/a.md': `---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ntags: ${'['.repeat(70)}${']'.repeat(70)}\n---\n` }, expected: ['systems/a.md:6:70'] }],
    pass: [{ title: 'Lists two deep', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ntags: [[a]]\n---\n' } }],
  },
});
