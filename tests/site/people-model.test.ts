import { describe, expect, it } from 'vitest';
import { buildPeople, personPath, personSlug } from '../../src/site/people-model.ts';
import { productionDoc, type DocOptions } from '../helpers/make-catalog.ts';
import { siteModel } from './site-fixture.ts';

/** A production doc naming the given experts, one YAML flow mapping each. */
function doc(name: string, experts: string[], options: DocOptions = {}): string {
  return productionDoc({ name, experts: 1, ...options }).replace('  - name: Expert 1\n', experts.map((e) => `  - ${e}\n`).join(''));
}

const TEAMS = `teams:
  - id: releng
    name: Release Engineering
    members:
      - { name: Ada Lovelace, handle: ada, email: ada@example.org, role: Lead }
      - { name: No Handle }
  - id: it
    name: IT
    members:
      - { name: Ada Lovelace, handle: ADA }
`;

describe('buildPeople', () => {
  const model = siteModel({
    web: doc('Web', ['{ name: Ada Lovelace, handle: ada, knows: Deploys }', '{ name: Bob, handle: bob, email: bob@example.org }'], { tier: 2 }),
    api: doc('API', ['{ name: Bob, handle: Bob, email: BOB@example.org, knows: Everything }'], { tier: 1, lifecycle: 'experimental' }),
    old: doc('Old', ['{ name: Bob, handle: bob }'], { tier: 1, lifecycle: 'retired' }),
    db: doc('DB', ['{ name: Carol }'], { lifecycle: 'experimental' }),
  }, { teams: TEAMS });
  const people = buildPeople(model);

  it('makes one person per handle, whatever its case, from the teams file and every doc, as first written', () => {
    expect(people.list.map((p) => `${p.name} (${p.handle}) ${p.emails.join(',')}`)).toEqual([
      'Ada Lovelace (ADA) ada@example.org',
      'Bob (Bob) BOB@example.org',
    ]);
    expect(people.withoutHandle).toBe(1);
  });

  it('gives each person their teams with roles, and their systems by tier with the knows text', () => {
    const ada = people.bySlug.get('ada')!;
    expect(ada.teams).toEqual([{ id: 'it', name: 'IT' }, { id: 'releng', name: 'Release Engineering', role: 'Lead' }]);
    expect(ada.systems).toEqual([{ id: 'web', name: 'Web', knows: 'Deploys', tier: 2, lifecycle: 'production', owner: 'releng', others: [{ name: 'Bob', slug: 'bob' }] }]);
    const bob = people.bySlug.get('bob')!;
    expect(bob.systems.map((s) => `${s.id}:${s.tier}:${s.knows ?? ''}`)).toEqual(['api:1:Everything', 'old:1:', 'web:2:']);
  });

  it('lists the systems, not retired, where the person is the only expert', () => {
    expect(people.bySlug.get('bob')!.onlyExpert.map((s) => s.id)).toEqual(['api']);
    expect(people.bySlug.get('ada')!.onlyExpert).toEqual([]);
  });

  it('finds a person by any spelling of the handle', () => {
    expect(people.slugOf('BOB')).toBe('bob');
    expect(people.slugOf('carol')).toBeUndefined();
    expect(people.slugOf(undefined)).toBeUndefined();
    expect(personPath('bob')).toBe('people/bob/');
  });
});

describe('personSlug', () => {
  it('keeps safe handles and escapes every other character, so no two handles share a page', () => {
    expect(personSlug('Marcus-B')).toBe('marcus-b');
    expect(personSlug('a.b')).toBe('a_2e_b');
    expect(personSlug('a_b')).toBe('a_5f_b');
    expect(personSlug('a_2e_b')).not.toBe(personSlug('a.b'));
    expect(personSlug('é')).toBe('_e9_');
  });
});
