import { defineRule } from './define-rule.ts';

/** A `depends_on` entry naming the system itself: at the entry. */
export const selfDependency = defineRule({
  id: 'self-dependency',
  severity: 'error',
  description: 'A system lists itself in `depends_on`.',
  category: 'references',
  check: {
    stage: 'references',
    run: ({ systems }) => systems.flatMap((system) => system.dependencies.filter((dep) => dep.id === system.id).map((dep) => ({
      file: system.file, ...dep.place, message: `\`${system.id}\` lists itself in \`depends_on\`.`,
    }))),
  },
  examples: {
    fail: [{
      title: 'A system that depends on itself',
      files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ndepends_on: [a]\n---\n' },
      expected: ['systems/a.md:6:14'],
    }],
    pass: [{
      title: 'A system that depends on another',
      files: {
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ndepends_on: [b]\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: proposed\n---\n',
      },
    }],
  },
});
