import { defineRule } from './define-rule.ts';

/** Reported from the raw text of every file, even one whose YAML is broken; the value is never echoed. */
export const secret = defineRule({
  id: 'secret',
  severity: 'error',
  description: 'Something that looks like a credential is written in the doc.',
  category: 'content',
  check: { stage: 'load', by: 'src/core/validate/find-secrets.ts' },
  examples: {
    fail: [{ title: 'A password in the body', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n\nDatabase password: Tr0ub4dor3\n' }, expected: ['systems/a.md:8:20'] }],
    pass: [{ title: 'Where the password is kept, not the password', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n\nDatabase password: ask in #releng, it is in the vault.\n' } }],
  },
});
