import { defineRule } from './define-rule.ts';

/** Reported while parsing the front matter, the teams file or the config. */
export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  description: 'The YAML does not parse.',
  category: 'yaml',
  check: { stage: 'load', by: 'src/core/source/parse-yaml-data.ts' },
  examples: {
    fail: [{ title: 'An unclosed list', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ntags: [a, b\n---\n' }, expected: ['systems/a.md:6:11'] }],
    pass: [{ title: 'The list closed', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ntags: [a, b]\n---\n' } }],
  },
});
