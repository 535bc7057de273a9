import { defineRule } from './define-rule.ts';

/** Reported after every rule ran: a suppression that silenced nothing is stale. */
export const unusedSuppression = defineRule({
  id: 'unused-suppression',
  severity: 'warning',
  description: 'A `fieldguide-disable-next-line` comment silences nothing on the next line.',
  category: 'suppression',
  check: { stage: 'load', by: 'src/core/suppress/apply-suppressions.ts' },
  examples: {
    fail: [{ title: 'A suppression above an owner that is fine', files: { 'systems/a.md': '---\nname: A\nsummary: A.\n# fieldguide-disable-next-line unknown-owner -- the team is being renamed\nowner: releng\nlifecycle: proposed\n---\n' }, expected: ['systems/a.md:4:1'] }],
    pass: [{ title: 'The same suppression above the owner it excuses', files: { 'systems/a.md': '---\nname: A\nsummary: A.\n# fieldguide-disable-next-line unknown-owner -- the team is being renamed\nowner: release-eng\nlifecycle: proposed\n---\n' } }],
  },
});
