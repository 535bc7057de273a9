import { defineRule } from './define-rule.ts';
import { listDependencies } from './list-dependencies.ts';

/** A production system depending on a deprecated one: at the entry, suggesting its replacement. */
export const dependsOnDeprecated = defineRule({
  id: 'depends-on-deprecated',
  severity: 'warning',
  description: 'A production system depends on a deprecated system.',
  category: 'references',
  check: {
    stage: 'references',
    run: ({ systems }) => {
      const byId = new Map(systems.map((s) => [s.id, s]));
      return systems.filter((s) => s.data.lifecycle === 'production').flatMap((system) => listDependencies(system).first.flatMap((dep) => {
        const target = byId.get(dep.id);
        if (target?.data.lifecycle !== 'deprecated') return [];
        return [{
          file: system.file, ...dep.place, message: `Production system \`${system.id}\` depends on \`${dep.id}\`, which is deprecated.`,
          hint: target.data.replaced_by ? `Plan the move to \`${target.data.replaced_by}\`.` : 'Plan a replacement before it is retired.',
        }];
      }));
    },
  },
  examples: {
    fail: [{
      title: 'A production system depending on a deprecated one',
      files: {
        'systems/app.md': '---\nname: App\nsummary: App.\nowner: releng\nlifecycle: production\ndepends_on: [old-db]\n---\n',
        'systems/old-db.md': '---\nname: Old DB\nsummary: Going.\nowner: releng\nlifecycle: deprecated\nreplaced_by: app\n---\n',
      },
      expected: ['systems/app.md:6:14'],
    }],
    pass: [{
      title: 'A proposal may plan to use it',
      files: {
        'systems/app.md': '---\nname: App\nsummary: App.\nowner: releng\nlifecycle: proposed\ndepends_on: [old-db]\n---\n',
        'systems/old-db.md': '---\nname: Old DB\nsummary: Going.\nowner: releng\nlifecycle: deprecated\nreplaced_by: app\n---\n',
      },
    }],
  },
});
