import type { Team } from '../model.ts';

/** The contact fields a team may declare in `teams.yaml`, which a system without its own contacts falls back to. */
export const TEAM_CONTACT_FIELDS = ['chat', 'email', 'oncall', 'escalation'] as const;

/** Per team id, the contact fields it declares (those with a value): what a system's page shows when it has no `contacts`. */
export type TeamContacts = ReadonlyMap<string, ReadonlySet<string>>;

/** Reads each team's declared contact fields, for readiness criteria on `contacts`. */
export function readTeamContacts(teams: readonly Pick<Team, 'id'>[]): TeamContacts {
  return new Map(teams.map((team) => {
    const fields = TEAM_CONTACT_FIELDS.filter((field) => {
      const value = (team as Record<string, unknown>)[field];
      return typeof value === 'string' && value.trim() !== '';
    });
    return [team.id, new Set<string>(fields)];
  }));
}
