import type { Lifecycle } from '../core/model.ts';
import { personKey } from '../core/person-key.ts';
import type { SiteModel } from './site-model.ts';

/** One system a person is named as an expert for. */
export interface PersonSystem {
  id: string;
  name: string;
  /** Their `knows` text in that doc. */
  knows?: string;
  tier?: number;
  lifecycle: Lifecycle;
  owner: string;
  /** The other experts named for the system, in the doc's order. */
  others: { name: string; slug?: string }[];
}

/** A team a person is a member of, with their role there. */
export interface PersonTeam {
  id: string;
  name: string;
  role?: string;
}

/** Everyone named with one handle, gathered from the teams file and every system doc. */
export interface Person {
  /** The page's path segment (`people/<slug>/`), derived from the handle. */
  slug: string;
  /** The handle as first written. */
  handle: string;
  /** The name as first written (the teams file first, then the docs by id); `check` warns when they differ. */
  name: string;
  /** Every distinct email address given for the handle, first one first. */
  emails: string[];
  teams: PersonTeam[];
  /** Systems they are named an expert for: by tier (tier 1 first), then name. */
  systems: PersonSystem[];
  /** Systems, not retired, where no one else is named: if they are away, nobody is. Same order. */
  onlyExpert: PersonSystem[];
}

/** The catalog's people and how to link to them. */
export interface People {
  /** Sorted by name, then handle. */
  list: Person[];
  bySlug: Map<string, Person>;
  /** The slug of the person with this handle, when there is one. */
  slugOf: (handle: string | undefined) => string | undefined;
  /** How many expert entries name no handle, so have no person page. */
  withoutHandle: number;
}

/** The path of a person's page, relative to the base. */
export function personPath(slug: string): string {
  return `people/${slug}/`;
}

/**
 * A handle as a path segment: lowercase letters, digits and `-` are kept, any other character becomes `_` and its
 * code point in hex and `_`, so two different handles never share a page (`a.b` is `a_2e_b`, `a_b` is `a_5f_b`).
 */
export function personSlug(handle: string): string {
  return [...personKey(handle)].map((c) => (/[a-z0-9-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}_`)).join('');
}

const built = new WeakMap<SiteModel, People>();

/** The catalog's people, gathered once per site model (every system page links its experts through it). */
export function peopleOf(model: SiteModel): People {
  let people = built.get(model);
  if (!people) {
    people = buildPeople(model);
    built.set(model, people);
  }
  return people;
}

/** Gathers every team member and every named expert with a handle into one person per handle. */
export function buildPeople(model: SiteModel): People {
  const byKey = new Map<string, Person>();
  let withoutHandle = 0;
  const meet = (handle: string, name: string, email: string | undefined): Person => {
    const key = personKey(handle);
    let person = byKey.get(key);
    if (!person) {
      person = { slug: personSlug(handle), handle, name, emails: [], teams: [], systems: [], onlyExpert: [] };
      byKey.set(key, person);
    }
    if (email && !person.emails.some((e) => e.toLowerCase() === email.toLowerCase())) person.emails.push(email);
    return person;
  };
  for (const team of model.teams) {
    for (const member of team.members ?? []) {
      if (!member.handle) continue;
      const person = meet(member.handle, member.name, member.email);
      if (!person.teams.some((t) => t.id === team.id)) person.teams.push({ id: team.id, name: team.name, ...(member.role ? { role: member.role } : {}) });
    }
  }
  const slugOf = (handle: string | undefined) => (handle === undefined ? undefined : byKey.get(personKey(handle))?.slug);
  // By id, the order `check` reads the docs in, so the name shown is the one `check` calls the first.
  const systems = [...model.systems].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const system of systems) {
    for (const expert of system.data.experts ?? []) if (expert.handle) meet(expert.handle, expert.name, expert.email);
  }
  for (const system of systems) {
    const experts = system.data.experts ?? [];
    withoutHandle += experts.filter((e) => !e.handle).length;
    const keys = new Set(experts.map((e) => (e.handle ? personKey(e.handle) : `name:${e.name}`)));
    for (const expert of experts) {
      if (!expert.handle) continue;
      const person = byKey.get(personKey(expert.handle))!;
      if (person.systems.some((s) => s.id === system.id)) continue;
      const others = experts
        .filter((e) => (e.handle ? personKey(e.handle) !== personKey(expert.handle!) : true))
        .map((e) => ({ name: e.name, ...(slugOf(e.handle) ? { slug: slugOf(e.handle)! } : {}) }));
      const entry: PersonSystem = {
        id: system.id, name: system.data.name, lifecycle: system.data.lifecycle, owner: system.data.owner, others,
        ...(expert.knows ? { knows: expert.knows } : {}),
        ...(system.data.tier !== undefined ? { tier: system.data.tier } : {}),
      };
      person.systems.push(entry);
      if (keys.size === 1 && system.data.lifecycle !== 'retired') person.onlyExpert.push(entry);
    }
  }
  for (const person of byKey.values()) {
    person.systems.sort(byTierThenName);
    person.onlyExpert.sort(byTierThenName);
  }
  const list = [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : 1));
  return { list, bySlug: new Map(list.map((p) => [p.slug, p])), slugOf, withoutHandle };
}

function byTierThenName(a: PersonSystem, b: PersonSystem): number {
  return (a.tier ?? 9) - (b.tier ?? 9) || a.name.localeCompare(b.name, 'en');
}
