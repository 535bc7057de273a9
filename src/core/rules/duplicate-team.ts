import { defineRule } from './define-rule.ts';

/** Reported while reading the teams file, at the second declaration, with the first as a related place. */
export const duplicateTeam = defineRule({
  id: 'duplicate-team',
  severity: 'error',
  description: 'Two teams share an id.',
  category: 'references',
  check: { stage: 'load', by: 'src/core/read-teams.ts' },
  examples: {
    fail: [{ title: 'A team declared twice', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/teams.yaml': 'teams:\n  - id: releng\n    name: Release Engineering\n  - id: releng\n    name: Releases\n' }, expected: ['systems/teams.yaml:4:9'] }],
    pass: [{ title: 'Two teams', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'systems/teams.yaml': 'teams:\n  - id: releng\n    name: Release Engineering\n  - id: it\n    name: IT\n' } }],
  },
});
