import { lintCriticalDependsOnImmature } from '../lint/lint-critical-depends-on-immature.ts';
import { defineRule } from './define-rule.ts';

/** See {@link lintCriticalDependsOnImmature}. */
export const criticalDependsOnImmature = defineRule({
  id: 'critical-depends-on-immature',
  severity: 'error',
  description: 'A tier-1 or tier-2 system hard-depends on an experimental or proposed system.',
  category: 'graph',
  check: { stage: 'graph', run: lintCriticalDependsOnImmature },
  examples: {
    fail: [{
      title: 'A tier-1 system that stops when an experiment does',
      files: {
        'systems/core.md': '---\nname: Core\nsummary: Core.\nowner: releng\nlifecycle: production\ntier: 1\ndepends_on: [beta]\n---\n',
        'systems/beta.md': '---\nname: Beta\nsummary: Beta.\nowner: releng\nlifecycle: experimental\n---\n',
      },
      expected: ['systems/core.md:7:14'],
    }],
    pass: [{
      title: 'The same dependency, soft: the core degrades instead of failing',
      files: {
        'systems/core.md': '---\nname: Core\nsummary: Core.\nowner: releng\nlifecycle: production\ntier: 1\ndepends_on: [{ id: beta, strength: soft }]\n---\n',
        'systems/beta.md': '---\nname: Beta\nsummary: Beta.\nowner: releng\nlifecycle: experimental\n---\n',
      },
    }],
  },
});
