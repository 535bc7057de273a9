import { peopleOf } from './people-model.ts';
import type { SiteModel } from './site-model.ts';

/** One card of the teams page. */
export interface TeamCard {
  id: string;
  name: string;
  description?: string;
  chat?: string;
  /** Systems it owns. */
  systems: number;
  /** Members listed in the teams file. */
  members: number;
  /** Distinct people named as experts for its systems. */
  experts: number;
  /** False for an owner that the teams file does not declare. */
  declared: boolean;
}

/** The teams page: every declared team and undeclared owner, and the sentence that squares its count with the home page's. */
export interface TeamsOverview {
  cards: TeamCard[];
  /** "7 teams; 6 own systems, and Tree Sheriffs owns none." */
  lede: string;
}

/**
 * Counts the teams the way the home page does (owners of systems) and says which declared teams own nothing, so
 * "6 teams" there and the teams listed here never read as a contradiction.
 */
export function teamsOverview(model: SiteModel): TeamsOverview {
  const people = peopleOf(model);
  const undeclared = [...model.ownedBy.keys()].filter((id) => !model.teamById.has(id)).sort();
  const expertsOf = (id: string) => new Set((model.ownedBy.get(id) ?? []).flatMap((s) => (s.data.experts ?? []).map((e) => people.slugOf(e.handle) ?? `name:${e.name}`))).size;
  const cards: TeamCard[] = [
    ...model.teams.map((t) => ({
      id: t.id, name: t.name, ...(t.description ? { description: t.description } : {}), ...(t.chat ? { chat: t.chat } : {}),
      systems: model.ownedBy.get(t.id)?.length ?? 0, members: t.members?.length ?? 0, experts: expertsOf(t.id), declared: true,
    })),
    ...undeclared.map((id) => ({ id, name: id, systems: model.ownedBy.get(id)!.length, members: 0, experts: expertsOf(id), declared: false })),
  ];
  const idle = cards.filter((c) => c.systems === 0).map((c) => c.name);
  const owning = model.ownedBy.size;
  const total = `${cards.length} team${cards.length === 1 ? '' : 's'}`;
  const lede = idle.length === 0
    ? `${total}, each owning systems.`
    : `${total}; ${owning} own systems, and ${listAnd(idle)} ${idle.length === 1 ? 'owns' : 'own'} none.`;
  return { cards, lede };
}

function listAnd(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A row of a team page's systems table: the system and its experts, each with their page when they have a handle. */
export interface TeamSystemRow {
  id: string;
  name: string;
  summary: string;
  tier?: number;
  lifecycle: SiteModel['systems'][number]['data']['lifecycle'];
  experts: { name: string; slug?: string }[];
}

/** A team's systems by tier (tier 1 first), then name, with who knows each: "its tier-1 systems and their experts" on one page. */
export function teamSystemRows(model: SiteModel, team: string): TeamSystemRow[] {
  const people = peopleOf(model);
  return (model.ownedBy.get(team) ?? [])
    .map((s) => ({
      id: s.id, name: s.data.name, summary: s.data.summary, lifecycle: s.data.lifecycle, ...(s.data.tier !== undefined ? { tier: s.data.tier } : {}),
      experts: (s.data.experts ?? []).map((e) => {
        const slug = people.slugOf(e.handle);
        return { name: e.name, ...(slug ? { slug } : {}) };
      }),
    }))
    .sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9) || a.name.localeCompare(b.name, 'en'));
}
