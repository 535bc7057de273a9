import { normalizeHeading } from '../normalize-heading.ts';
import { suggest } from '../suggest.ts';
import { defineRule } from './define-rule.ts';

/**
 * A body section the lifecycle's gate lists has no heading. When a heading that is not itself required is a near
 * miss (`## Run book` for `## Runbook`), the finding is at that heading and suggests the name; otherwise it is at the
 * start of the body.
 */
export const missingSection = defineRule({
  id: 'missing-section',
  severity: 'error',
  description: 'A body section that the system\'s lifecycle requires is missing.',
  category: 'lifecycle',
  check: {
    stage: 'system',
    run: (system, { gate }) => {
      const required = new Set((gate.sections ?? []).map(normalizeHeading));
      const have = new Set(system.headings.map((h) => normalizeHeading(h.text)));
      const others = new Map(system.headings.filter((h) => !required.has(normalizeHeading(h.text))).map((h) => [h.text.trim(), h]));
      return (gate.sections ?? []).filter((section) => !have.has(normalizeHeading(section))).map((section) => {
        const message = `A ${system.data.lifecycle} system needs a \`## ${section}\` section.`;
        const guess = suggest(section, others.keys());
        const near = guess === undefined ? undefined : others.get(guess)!;
        if (!near) return { file: system.file, line: system.bodyLine, column: 1, message };
        return { file: system.file, line: near.line, column: near.column, message, hint: `Did you mean \`${'#'.repeat(near.depth)} ${near.text.trim()}\`? Rename it to \`${'#'.repeat(near.depth)} ${section}\`.` };
      });
    },
  },
  examples: {
    fail: [{
      title: 'A deprecated system whose overview is missing, and one whose overview heading is misspelt',
      files: {
        'systems/old-ci.md': `---
name: Old CI
summary: The build farm before the current one.
owner: releng
lifecycle: deprecated
replaced_by: new-ci
---

Text without any heading.
`,
        'systems/new-ci.md': `---
name: New CI
summary: The build farm.
owner: releng
lifecycle: deprecated
retirement_note: Goes away in March.
---

## Overveiw

Text.
`,
      },
      expected: ['systems/new-ci.md:9:1', 'systems/old-ci.md:8:1'],
    }],
    pass: [{
      title: 'Headings match whatever their case and spacing',
      files: {
        'systems/old-ci.md': `---
name: Old CI
summary: The build farm before the current one.
owner: releng
lifecycle: deprecated
retirement_note: Goes away in March.
---

##   OVERVIEW

Text.
`,
      },
    }],
  },
});
