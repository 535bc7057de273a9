import { suggest } from '../suggest.ts';
import { defineRule } from './define-rule.ts';

/** `replaced_by` names an id no file has: at the value, suggesting a near miss. */
export const unknownReplacement = defineRule({
  id: 'unknown-replacement',
  severity: 'error',
  description: '`replaced_by` names a system that does not exist.',
  category: 'references',
  check: {
    stage: 'references',
    run: ({ systems, knownIds }) => systems.flatMap((system) => {
      const replacement = system.data.replaced_by;
      if (replacement === undefined || knownIds.has(replacement)) return [];
      const guess = suggest(replacement, knownIds);
      return [{
        file: system.file, ...(system.places.replacedBy ?? system.places.root),
        message: `\`replaced_by\` names \`${replacement}\`, which is not a system in the catalog.`,
        ...(guess ? { hint: `Did you mean \`${guess}\`?` } : {}),
      }];
    }),
  },
  examples: {
    fail: [{
      title: 'A typo in the replacement',
      files: {
        'systems/old.md': '---\nname: Old\nsummary: Old.\nowner: releng\nlifecycle: deprecated\nreplaced_by: tbpll\n---\n',
        'systems/tbpl.md': '---\nname: TBPL\nsummary: New.\nowner: releng\nlifecycle: proposed\n---\n',
      },
      expected: ['systems/old.md:6:14'],
    }],
    pass: [{
      title: 'An existing replacement',
      files: {
        'systems/old.md': '---\nname: Old\nsummary: Old.\nowner: releng\nlifecycle: deprecated\nreplaced_by: tbpl\n---\n',
        'systems/tbpl.md': '---\nname: TBPL\nsummary: New.\nowner: releng\nlifecycle: proposed\n---\n',
      },
    }],
  },
});
