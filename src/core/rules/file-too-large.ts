import { defineRule } from './define-rule.ts';

/** Reported while reading files: more than 1 MiB is never read. */
export const fileTooLarge = defineRule({
  id: 'file-too-large',
  severity: 'error',
  description: 'The file is larger than a system doc should ever be.',
  category: 'file',
  check: { stage: 'load', by: 'src/core/source/read-source-file.ts' },
  examples: {
    fail: [{ title: 'One byte over 1 MiB', files: { 'systems/big.md': { bytes: 1_048_577 } }, expected: ['systems/big.md:1:1'] }],
    pass: [{ title: 'A doc of ordinary size', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n' } }],
  },
});
