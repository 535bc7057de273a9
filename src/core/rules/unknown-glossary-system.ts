import { defineRule } from './define-rule.ts';

/** Reported while reading the glossary file, at the id, suggesting a near miss. */
export const unknownGlossarySystem = defineRule({
  id: 'unknown-glossary-system',
  severity: 'error',
  description: 'A glossary term links to a system id that is not a doc in the catalog.',
  category: 'references',
  check: { stage: 'load', by: 'src/core/glossary/read-glossary.ts' },
  examples: {
    fail: [{ title: 'A typo in a linked system', files: { 'systems/clobberer.md': '---\nname: Clobberer\nsummary: C.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/glossary.yaml': 'terms:\n  - term: Clobber\n    definition: Wiping a build directory.\n    systems: [clobberrer]\n' }, expected: ['systems/glossary.yaml:4:15'] }],
    pass: [{ title: 'A linked system that exists', files: { 'systems/clobberer.md': '---\nname: Clobberer\nsummary: C.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/glossary.yaml': 'terms:\n  - term: Clobber\n    definition: Wiping a build directory.\n    systems: [clobberer]\n' } }],
  },
});
