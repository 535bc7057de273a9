import { lintFailureModesUnexercised } from '../lint/lint-failure-modes-unexercised.ts';
import { defineRule } from './define-rule.ts';

/** See {@link lintFailureModesUnexercised}. */
export const failureModesUnexercised = defineRule({
  id: 'failure-modes-unexercised',
  severity: 'warning',
  description: 'A production system\'s failure modes were never exercised, or not recently.',
  category: 'graph',
  check: { stage: 'graph', run: lintFailureModesUnexercised },
  examples: {
    fail: [{
      title: 'One failure mode never exercised, one exercised two years ago',
      files: {
        'systems/a.md': `---
name: A
summary: A.
owner: releng
lifecycle: production
failure_modes:
  - { scenario: Disk full, impact: Builds fail, mitigation: Purge }
  - { scenario: Host down, impact: Builds wait, mitigation: Fail over, last_exercised: 2024-11-01 }
---
`,
      },
      expected: ['systems/a.md:6:1'],
    }],
    pass: [{
      title: 'Exercised this year',
      files: {
        'systems/a.md': `---
name: A
summary: A.
owner: releng
lifecycle: production
failure_modes:
  - { scenario: Disk full, impact: Builds fail, mitigation: Purge, last_exercised: 2026-03-01 }
---
`,
      },
    }],
  },
});
