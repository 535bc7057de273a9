import { lintOrphanProduction } from '../lint/lint-orphan-production.ts';
import { defineRule } from './define-rule.ts';

/** See {@link lintOrphanProduction}. */
export const orphanProduction = defineRule({
  id: 'orphan-production',
  severity: 'warning',
  description: 'A production system has no dependents and no interfaces: its consumers are probably undocumented.',
  category: 'graph',
  check: { stage: 'graph', run: lintOrphanProduction },
  examples: {
    fail: [{
      title: 'A production system nobody is known to use',
      files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: production\n---\n' },
      expected: ['systems/a.md:5:12'],
    }],
    pass: [{
      title: 'One with an interface, and one another system depends on',
      files: {
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: production\ninterfaces: [{ name: Web UI, url: "https://a.example/" }]\ndepends_on: [b]\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: production\n---\n',
      },
    }],
  },
});
