import { defineRule } from './define-rule.ts';

/** Reported while a doc loads: `kind` is checked against the built-in kinds and the config's `kinds`. */
export const unknownKind = defineRule({
  id: 'unknown-kind',
  severity: 'error',
  description: '`kind` is neither a built-in kind nor one the config adds under `kinds`.',
  category: 'schema',
  check: { stage: 'load', by: 'src/core/validate/check-kind.ts' },
  examples: {
    fail: [{ title: 'A kind nobody declared', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\nkind: mainframe\n---\n' }, expected: ['systems/a.md:6:7'] }],
    pass: [{ title: 'The same kind, added in the config', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\nkind: mainframe\n---\n', 'fieldguide.config.yaml': 'kinds: [mainframe]\n' } }],
  },
});
