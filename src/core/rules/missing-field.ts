import { isFieldAnswered, valueAt } from '../is-field-answered.ts';
import { defineRule } from './define-rule.ts';
import { placeAt } from './place-at.ts';

const HINTS: Record<string, string> = {
  depends_on: 'List the systems it needs, databases, queues and hosting included.',
  access: 'Say how to get access to its hosts, logs, database and dashboards, and who grants it.',
  monitoring: 'Say what healthy looks like and where the dashboards and alerts are.',
  review: 'Add `review: { last_reviewed: YYYY-MM-DD, reviewed_by: ... }` after checking the doc against reality.',
  contacts: 'Add at least a chat channel where the owners answer questions.',
};

/** A field the lifecycle's gate lists is missing (reported at `lifecycle:`) or empty (reported at the empty value). */
export const missingField = defineRule({
  id: 'missing-field',
  severity: 'error',
  description: 'A field that the system\'s lifecycle requires is missing or empty.',
  category: 'lifecycle',
  check: {
    stage: 'system',
    // A field the schema rejected was reported there, at its value: asking for it again would be a second finding.
    run: (system, { gate }) => (gate.fields ?? []).filter((path) => !isFieldAnswered(system.data, path) && !system.invalidFields?.includes(path.split('.')[0]!)).map((path) => {
      const present = valueAt(system.data, path) !== undefined;
      const hint = HINTS[path];
      return {
        file: system.file,
        ...(present ? placeAt(system, path.split('.')) : system.places.lifecycle),
        message: present
          ? `A ${system.data.lifecycle} system needs \`${path}\`, and it is empty.`
          : `A ${system.data.lifecycle} system needs \`${path}\`.`,
        ...(hint ? { hint } : {}),
      };
    }),
  },
  examples: {
    fail: [{
      title: 'A proposal that does not say where it runs, and whose data stores are an empty list',
      files: {
        'systems/build-cache.md': `---
name: Build cache
summary: Caches compiler output.
owner: releng
lifecycle: proposed
depends_on: []
capacity:
  expected_load: 2000 builds a day
data_stores: []
---
`,
      },
      expected: ['systems/build-cache.md:5:12', 'systems/build-cache.md:9:14'],
    }],
    pass: [{
      title: 'The same proposal with both answered',
      files: {
        'systems/build-cache.md': `---
name: Build cache
summary: Caches compiler output.
owner: releng
lifecycle: proposed
depends_on: []
capacity:
  expected_load: 2000 builds a day
data_stores: [Redis, run by the team]
runs_on:
  provider: Data center 1
---
`,
      },
    }],
  },
});
