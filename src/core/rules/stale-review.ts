import { daysBetween } from '../days-between.ts';
import { defineRule } from './define-rule.ts';

/** `review.last_reviewed` older than `check.review_max_age_days`, for any system not retired: at the date. */
export const staleReview = defineRule({
  id: 'stale-review',
  severity: 'warning',
  description: 'The doc was last reviewed longer ago than the configured age.',
  category: 'lifecycle',
  check: {
    stage: 'system',
    run: (system, { today, reviewMaxAgeDays }) => {
      const reviewed = system.data.review?.last_reviewed;
      if (!reviewed || system.data.lifecycle === 'retired') return [];
      const age = daysBetween(reviewed, today);
      if (age <= reviewMaxAgeDays) return [];
      return [{
        file: system.file, ...(system.places.review ?? system.places.lifecycle),
        message: `The doc was last reviewed ${age} days ago (${reviewed}); reviews older than ${reviewMaxAgeDays} days are stale.`,
        hint: 'Check the doc against reality and update `review.last_reviewed`.',
      }];
    },
  },
  examples: {
    fail: [{
      title: 'Reviewed almost two years before the example date',
      files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: experimental\nreview: { last_reviewed: 2025-01-01 }\n---\n' },
      expected: ['systems/a.md:6:26'],
    }],
    pass: [{
      title: 'Reviewed two months before; and a retired system is never stale',
      files: {
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: experimental\nreview: { last_reviewed: 2026-10-01 }\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: retired\nreview: { last_reviewed: 2020-01-01 }\n---\n',
      },
    }],
  },
});
