import { defineRule } from './define-rule.ts';

/** Reported while reading `fieldguide.config.yaml`; the defaults stand in for a broken config. */
export const config = defineRule({
  id: 'config',
  severity: 'error',
  description: 'The project configuration file is invalid.',
  category: 'config',
  check: { stage: 'load', by: 'src/core/config/resolve-config.ts' },
  examples: {
    fail: [{ title: 'A misspelt rule id', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'fieldguide.config.yaml': 'check:\n  rules:\n    stale-reveiw: off\n' }, expected: ['fieldguide.config.yaml:3:5'] }],
    pass: [{ title: 'A rule turned off', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\n---\n', 'fieldguide.config.yaml': 'check:\n  rules:\n    stale-review: off\n' } }],
  },
});
