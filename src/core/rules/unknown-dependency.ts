import { suggest } from '../suggest.ts';
import { defineRule } from './define-rule.ts';
import { listDependencies } from './list-dependencies.ts';

/**
 * A dependency on an id no file has (a file that is broken still counts as there): at the entry, suggesting a
 * near miss. Repeats are `duplicate-dependency`'s, so a typo listed twice is reported once.
 */
export const unknownDependency = defineRule({
  id: 'unknown-dependency',
  severity: 'error',
  description: '`depends_on` names a system that does not exist.',
  category: 'references',
  check: {
    stage: 'references',
    run: ({ systems, knownIds }) => systems.flatMap((system) => listDependencies(system).first.filter((dep) => !knownIds.has(dep.id)).map((dep) => {
      const guess = suggest(dep.id, knownIds);
      return {
        file: system.file, ...dep.place, message: `\`depends_on\` names \`${dep.id}\`, which is not a system in the catalog.`,
        hint: guess ? `Did you mean \`${guess}\`?` : `Add \`${dep.id}.md\` or fix the id.`,
      };
    })),
  },
  examples: {
    fail: [{
      title: 'A typo in a dependency',
      files: {
        'systems/scheduler.md': '---\nname: Scheduler\nsummary: Runs jobs.\nowner: releng\nlifecycle: proposed\ndepends_on: [sheduler-db]\n---\n',
        'systems/scheduler-db.md': '---\nname: Scheduler DB\nsummary: Its database.\nowner: releng\nlifecycle: proposed\n---\n',
      },
      expected: ['systems/scheduler.md:6:14'],
    }],
    pass: [{
      title: 'A dependency on a doc whose front matter is broken is not "missing" as well',
      files: {
        'systems/scheduler.md': '---\nname: Scheduler\nsummary: Runs jobs.\nowner: releng\nlifecycle: proposed\ndepends_on: [scheduler-db]\n---\n',
        'systems/scheduler-db.md': '---\nname: [\n---\n',
      },
    }],
  },
});
