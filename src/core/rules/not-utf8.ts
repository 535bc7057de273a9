import { defineRule } from './define-rule.ts';

/** Reported while decoding a file, at the first byte that is not UTF-8. */
export const notUtf8 = defineRule({
  id: 'not-utf8',
  severity: 'error',
  description: 'The file is not valid UTF-8.',
  category: 'file',
  check: { stage: 'load', by: 'src/core/source/decode-text.ts' },
  examples: {
    fail: [{ title: 'A Latin-1 byte in the summary', files: { 'systems/a.md': new Uint8Array([...new TextEncoder().encode('---\nname: A\nsummary: Caf'), 0xe9, ...new TextEncoder().encode('.\nowner: releng\nlifecycle: proposed\n---\n')]) }, expected: ['systems/a.md:3:13'] }],
    pass: [{ title: 'The same text in UTF-8', files: { 'systems/a.md': '---\nname: A\nsummary: Café.\nowner: releng\nlifecycle: proposed\n---\n' } }],
  },
});
