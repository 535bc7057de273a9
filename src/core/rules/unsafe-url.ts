import { defineRule } from './define-rule.ts';

/** Reported with the schema errors: a link the site would render must not run script. */
export const unsafeUrl = defineRule({
  id: 'unsafe-url',
  severity: 'error',
  description: 'A URL uses a scheme other than https:, http: or mailto:.',
  category: 'schema',
  check: { stage: 'load', by: 'src/core/validate/schema-findings.ts' },
  examples: {
    fail: [{ title: 'A `javascript:` link', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\nlinks: [{ title: Docs, url: "javascript:alert(1)" }]\n---\n' }, expected: ['systems/a.md:6:29'] }],
    pass: [{ title: 'An https: link', files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\nlinks: [{ title: Docs, url: "https://docs.example/" }]\n---\n' } }],
  },
});
