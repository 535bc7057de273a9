import { suggest } from '../suggest.ts';
import { defineRule } from './define-rule.ts';

/** `owner` is not a team of the teams file (checked only when that file is usable): at the owner, suggesting a near miss. */
export const unknownOwner = defineRule({
  id: 'unknown-owner',
  severity: 'error',
  description: '`owner` is not a team declared in the teams file.',
  category: 'references',
  check: {
    stage: 'references',
    run: ({ systems, teams }) => {
      if (!teams) return [];
      const ids = new Set(teams.map((t) => t.id));
      return systems.filter((s) => !ids.has(s.data.owner)).map((system) => {
        const guess = suggest(system.data.owner, ids);
        return {
          file: system.file, ...system.places.owner, message: `\`owner\` is \`${system.data.owner}\`, which is not a declared team.`,
          hint: guess ? `Did you mean \`${guess}\`?` : 'Declare the team in the teams file or use an existing team id.',
        };
      });
    },
  },
  examples: {
    fail: [{
      title: 'A typo in the owner',
      files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: relengg\nlifecycle: proposed\n---\n' },
      expected: ['systems/a.md:4:8'],
    }],
    pass: [{
      title: 'A declared team',
      files: { 'systems/a.md': '---\nname: A\nsummary: A.\nowner: it\nlifecycle: proposed\n---\n' },
    }],
  },
});
