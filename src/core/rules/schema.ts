import { defineRule } from './define-rule.ts';

/** Reported by validating the front matter (and the teams file) against its JSON Schema, each error at its value. */
export const schema = defineRule({
  id: 'schema',
  severity: 'error',
  description: 'A field is missing, unknown, or has the wrong type or value for the schema.',
  category: 'schema',
  check: { stage: 'load', by: 'src/core/validate/schema-findings.ts' },
  examples: {
    fail: [{ title: 'A misspelt field', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\nteir: 2\n---\n' }, expected: ['systems/a.md:6:1'] }],
    pass: [{ title: 'The field spelt right', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ntier: 2\n---\n' } }],
  },
});
