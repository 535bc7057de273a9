import { defineRule } from './define-rule.ts';

/** Reported while parsing, when the front matter (or the teams file) is something other than `key: value` lines. */
export const notAMapping = defineRule({
  id: 'not-a-mapping',
  severity: 'error',
  description: 'The front matter (or teams file) is not a YAML mapping.',
  category: 'yaml',
  check: { stage: 'load', by: 'src/core/source/parse-doc.ts' },
  examples: {
    fail: [{ title: 'Front matter that is a list', files: { 'systems/a.md': '---\n- name: A\n- owner: releng\n---\n' }, expected: ['systems/a.md:2:1'] }],
    pass: [{ title: 'Front matter that is a mapping', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n' } }],
  },
});
