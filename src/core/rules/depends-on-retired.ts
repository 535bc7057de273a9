import { defineRule } from './define-rule.ts';
import { listDependencies } from './list-dependencies.ts';

/** A production system depending on a retired one: at the entry, suggesting its replacement. */
export const dependsOnRetired = defineRule({
  id: 'depends-on-retired',
  severity: 'error',
  description: 'A production system depends on a retired system.',
  category: 'references',
  check: {
    stage: 'references',
    run: ({ systems }) => {
      const byId = new Map(systems.map((s) => [s.id, s]));
      return systems.filter((s) => s.data.lifecycle === 'production').flatMap((system) => listDependencies(system).first.flatMap((dep) => {
        const target = byId.get(dep.id);
        if (target?.data.lifecycle !== 'retired') return [];
        return [{
          file: system.file, ...dep.place, message: `Production system \`${system.id}\` depends on \`${dep.id}\`, which is retired.`,
          hint: target.data.replaced_by ? `Move to \`${target.data.replaced_by}\`.` : 'Remove the dependency or bring the system back.',
        }];
      }));
    },
  },
  examples: {
    fail: [{
      title: 'A production system still depending on a retired one',
      files: {
        'systems/app.md': '---\nname: App\nsummary: App.\nowner: releng\nlifecycle: production\ndepends_on: [old-db]\n---\n',
        'systems/old-db.md': '---\nname: Old DB\nsummary: Gone.\nowner: releng\nlifecycle: retired\n---\n',
      },
      expected: ['systems/app.md:6:14'],
    }],
    pass: [{
      title: 'An experimental system may still use it',
      files: {
        'systems/app.md': '---\nname: App\nsummary: App.\nowner: releng\nlifecycle: experimental\ndepends_on: [old-db]\n---\n',
        'systems/old-db.md': '---\nname: Old DB\nsummary: Gone.\nowner: releng\nlifecycle: retired\n---\n',
      },
    }],
  },
});
