import { defineRule } from './define-rule.ts';
import { listDependencies } from './list-dependencies.ts';

/** A dependency listed again (as an id or an entry): at the repeat, with the first listing as a related place. */
export const duplicateDependency = defineRule({
  id: 'duplicate-dependency',
  severity: 'warning',
  description: 'A system lists the same dependency twice.',
  category: 'references',
  check: {
    stage: 'references',
    run: ({ systems }) => systems.flatMap((system) => listDependencies(system).repeats.map(({ dep, earlier }) => ({
      file: system.file, ...dep.place, message: `\`${dep.id}\` is listed twice in \`depends_on\`.`,
      related: [{ file: system.file, ...earlier.place, message: 'First listed here.' }],
    }))),
  },
  examples: {
    fail: [{
      title: 'The same dependency as a plain id and as an entry',
      files: {
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ndepends_on:\n  - b\n  - { id: b, strength: soft }\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: proposed\n---\n',
      },
      expected: ['systems/a.md:8:5'],
    }],
    pass: [{
      title: 'Two different dependencies',
      files: {
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ndepends_on: [b, c]\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: proposed\n---\n',
        'systems/c.md': '---\nname: C\nsummary: C.\nowner: releng\nlifecycle: proposed\n---\n',
      },
    }],
  },
});
