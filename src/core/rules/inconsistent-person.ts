import type { Place } from '../diagnostic.ts';
import { personKey } from '../person-key.ts';
import { memberPlaces } from '../read-teams.ts';
import type { ReferenceInput } from '../validate/check-references.ts';
import { defineRule, type RuleFinding } from './define-rule.ts';

/**
 * One place a person with a handle is written: a team member or a system's expert. Its places are found only
 * when a finding needs them: finding a place in a doc may mean parsing its YAML a second time.
 */
interface Mention {
  handle: string;
  name: string;
  email?: string;
  file: string;
  namePlace: () => Place;
  emailPlace?: () => Place;
}

/** The first name and the first email given for a handle, with where they were given. */
interface FirstSeen {
  name: { value: string; file: string; place: () => Place };
  email?: { value: string; file: string; place: () => Place };
}

const HINT = 'A handle is one person: write the same name and email everywhere, or give a different person their own handle.';

/**
 * One handle written with two different names or emails (in the teams file or the docs' `experts`): at the second
 * one, pointing back at the first. The teams file is read first, then the docs by file. Handles and emails compare
 * without regard to case; names compare with runs of spaces as one.
 */
export const inconsistentPerson = defineRule({
  id: 'inconsistent-person',
  severity: 'warning',
  description: 'One handle has two different names or emails across the docs and the teams file.',
  category: 'references',
  check: { stage: 'references', run: (input) => checkPeople(mentions(input)) },
  examples: {
    fail: [{
      title: 'The same handle with another name in a second doc',
      files: {
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\nexperts:\n  - { name: Marcus Bell, handle: mbell }\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: proposed\nexperts:\n  - name: Mark Bell\n    handle: MBell\n---\n',
      },
      expected: ['systems/b.md:7:11'],
    }, {
      title: 'A doc gives a team member another email',
      files: {
        'systems/teams.yaml': 'teams:\n  - id: releng\n    name: Release Engineering\n    members:\n      - { name: Ada, handle: ada, email: ada@example.org }\n',
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\nexperts:\n  - { name: Ada, handle: ada, email: ada@example.com }\n---\n',
      },
      expected: ['systems/a.md:7:38'],
    }],
    pass: [{
      title: 'One person in the teams file and two docs, the handle and email in another case',
      files: {
        'systems/teams.yaml': 'teams:\n  - id: releng\n    name: Release Engineering\n    members:\n      - { name: Ada, handle: ada, email: ada@example.org }\n',
        'systems/a.md': '---\nname: A\nsummary: A.\nowner: releng\nlifecycle: proposed\nexperts:\n  - { name: Ada, handle: Ada, email: Ada@example.org }\n---\n',
        'systems/b.md': '---\nname: B\nsummary: B.\nowner: releng\nlifecycle: proposed\nexperts:\n  - { name: Ada, handle: ada }\n  - { name: Ada, email: other@example.org }\n---\n',
      },
    }],
  },
});

/** Every mention of a handle: team members in the teams file's order, then experts doc by doc. */
function mentions({ systems, teams }: ReferenceInput): Mention[] {
  const list: Mention[] = [];
  for (const team of teams ?? []) {
    const places = memberPlaces(team);
    (team.members ?? []).forEach((member, m) => {
      const at = places?.members[m];
      if (!member.handle || !places || !at) return;
      list.push({ handle: member.handle, name: member.name, file: places.file, namePlace: () => at.name, ...(member.email ? { email: member.email, ...(at.email ? { emailPlace: () => at.email! } : {}) } : {}) });
    });
  }
  const byFile = [...systems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const system of byFile) {
    (system.data.experts ?? []).forEach((expert, i) => {
      if (!expert.handle) return;
      const at = (field: string) => system.places.at?.(['experts', i, field]) ?? system.places.experts ?? system.places.root;
      list.push({ handle: expert.handle, name: expert.name, file: system.file, namePlace: () => at('name'), ...(expert.email ? { email: expert.email, emailPlace: () => at('email') } : {}) });
    });
  }
  return list;
}

function checkPeople(list: readonly Mention[]): RuleFinding[] {
  const first = new Map<string, FirstSeen>();
  const findings: RuleFinding[] = [];
  for (const mention of list) {
    const key = personKey(mention.handle);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, {
        name: { value: mention.name, file: mention.file, place: mention.namePlace },
        ...(mention.email ? { email: { value: mention.email, file: mention.file, place: mention.emailPlace ?? mention.namePlace } } : {}),
      });
      continue;
    }
    if (sameName(seen.name.value, mention.name) === false) {
      findings.push({
        file: mention.file, ...mention.namePlace(),
        message: `\`${mention.handle}\` is named \`${mention.name}\` here, but \`${seen.name.value}\` in \`${seen.name.file}\`.`,
        hint: HINT,
        related: [{ file: seen.name.file, ...seen.name.place(), message: `First named \`${seen.name.value}\` here.` }],
      });
    }
    if (mention.email === undefined) continue;
    if (!seen.email) {
      seen.email = { value: mention.email, file: mention.file, place: mention.emailPlace ?? mention.namePlace };
    } else if (seen.email.value.toLowerCase() !== mention.email.toLowerCase()) {
      findings.push({
        file: mention.file, ...(mention.emailPlace ?? mention.namePlace)(),
        message: `\`${mention.handle}\` has the email \`${mention.email}\` here, but \`${seen.email.value}\` in \`${seen.email.file}\`.`,
        hint: HINT,
        related: [{ file: seen.email.file, ...seen.email.place(), message: `First given \`${seen.email.value}\` here.` }],
      });
    }
  }
  return findings;
}

function sameName(a: string, b: string): boolean {
  const normal = (s: string) => s.trim().replace(/\s+/g, ' ');
  return normal(a) === normal(b);
}
