import { defineRule } from './define-rule.ts';

/** Reported once for the catalog, not once per owner. */
export const missingTeamsFile = defineRule({
  id: 'missing-teams-file',
  severity: 'error',
  description: 'The catalog has no teams file, so no owner can be checked.',
  category: 'references',
  check: { stage: 'load', by: 'src/core/read-teams.ts' },
  examples: {
    fail: [{ title: 'No teams file', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/teams.yaml': null }, expected: ['systems/teams.yaml:1:1'] }],
    pass: [{ title: 'A teams file', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/teams.yaml': 'teams:\n  - id: releng\n    name: Release Engineering\n' } }],
  },
});
