import { defineRule } from './define-rule.ts';

/** Reported while reading the glossary file, at the second definition, with the first as a related place. */
export const duplicateTerm = defineRule({
  id: 'duplicate-term',
  severity: 'error',
  description: 'Two glossary terms are the same term (ignoring case and punctuation), so they would share a page.',
  category: 'references',
  check: { stage: 'load', by: 'src/core/glossary/read-glossary.ts' },
  examples: {
    fail: [{ title: 'A term defined twice', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/glossary.yaml': 'terms:\n  - term: Nightly\n    definition: A build made every night.\n  - term: nightly\n    definition: Made once a day.\n' }, expected: ['systems/glossary.yaml:4:11'] }],
    pass: [{ title: 'Two terms', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/glossary.yaml': 'terms:\n  - term: Nightly\n    definition: A build made every night.\n  - term: Try\n    definition: Where developers test a change.\n' } }],
  },
});
