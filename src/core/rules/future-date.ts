import { defineRule } from './define-rule.ts';
import { placeAt } from './place-at.ts';

/** `review.last_reviewed` or a failure mode's `last_exercised` later than today: at the date. */
export const futureDate = defineRule({
  id: 'future-date',
  severity: 'error',
  description: '`last_reviewed` or `last_exercised` is a date in the future.',
  category: 'content',
  check: {
    stage: 'system',
    run: (system, { today }) => {
      const dates: { path: (string | number)[]; date: string | undefined }[] = [
        { path: ['review', 'last_reviewed'], date: system.data.review?.last_reviewed },
        ...(system.data.failure_modes ?? []).map((mode, i) => ({ path: ['failure_modes', i, 'last_exercised'], date: mode.last_exercised })),
      ];
      // Both are YYYY-MM-DD (the schema says so), so comparing the text compares the dates.
      return dates.filter((d): d is { path: (string | number)[]; date: string } => typeof d.date === 'string' && d.date > today).map(({ path, date }) => ({
        file: system.file, ...placeAt(system, path),
        message: `\`${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${p}`)).join('')}\` is ${date}, which is after today (${today}).`,
        hint: 'Write the date it actually happened.',
      }));
    },
  },
  examples: {
    fail: [{
      title: 'A review dated years ahead, and a failure mode "exercised" next month',
      files: {
        'systems/a.md': `---
name: A
summary: A.
owner: releng
lifecycle: experimental
failure_modes:
  - scenario: Disk full
    impact: Builds fail
    mitigation: Purge old artifacts
    last_exercised: 2026-12-24
review:
  last_reviewed: 2029-09-12
---
`,
      },
      expected: ['systems/a.md:10:21', 'systems/a.md:12:18'],
    }],
    pass: [{
      title: 'Today is not in the future',
      files: {
        'systems/a.md': `---
name: A
summary: A.
owner: releng
lifecycle: experimental
failure_modes:
  - { scenario: Disk full, impact: Builds fail, mitigation: Purge old artifacts, last_exercised: 2026-11-26 }
review:
  last_reviewed: 2026-11-01
---
`,
      },
    }],
  },
});
