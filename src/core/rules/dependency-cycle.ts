import { findCycles } from '../graph/find-cycles.ts';
import { defineRule } from './define-rule.ts';

/** A cycle of hard dependencies, once: at its first edge, each further edge a related place. */
export const dependencyCycle = defineRule({
  id: 'dependency-cycle',
  severity: 'warning',
  description: 'Systems depend on each other in a cycle.',
  category: 'references',
  check: {
    stage: 'references',
    run: ({ systems, graph }) => {
      const byId = new Map(systems.map((s) => [s.id, s]));
      return findCycles(graph, { hardOnly: true }).map((cycle) => {
        const [first, second] = cycle as [string, string];
        const owner = byId.get(first)!;
        const dep = owner.dependencies.find((d) => d.id === second)!;
        const related = cycle.slice(1, -1).map((id, i) => {
          const system = byId.get(id)!;
          const next = system.dependencies.find((d) => d.id === cycle[i + 2])!;
          return { file: system.file, ...next.place, message: `\`${id}\` depends on \`${next.id}\` here.` };
        });
        return {
          file: owner.file, ...dep.place,
          message: `Hard dependency cycle: ${cycle.map((id) => `\`${id}\``).join(' → ')}.`,
          hint: 'None of these systems can start or recover alone; if one keeps working without the next, mark that edge `strength: soft`, otherwise break the cycle.',
          related,
        };
      });
    },
  },
  examples: {
    fail: [{
      title: 'Two systems that need each other',
      files: {
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ndepends_on: [b]\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: proposed\ndepends_on: [a]\n---\n',
      },
      expected: ['systems/a.md:6:14'],
    }],
    pass: [{
      title: 'A cycle through a soft dependency: one side keeps working',
      files: {
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\ndepends_on: [b]\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: proposed\ndepends_on: [{ id: a, strength: soft }]\n---\n',
      },
    }],
  },
});
