import { safeHref } from './safe-href.ts';
import type { SiteModel } from './site-model.ts';

/** The ways to ask, in the order the contacts table shows them. */
export const CONTACT_CHANNELS = ['chat', 'email', 'oncall', 'escalation', 'issues'] as const;

/** One way to ask. */
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Each channel's name, as a column heading or a label. */
export const CONTACT_LABEL: Record<ContactChannel, string> = { chat: 'Chat', email: 'Email', oncall: 'On call', escalation: 'Escalation', issues: 'Issues' };

/** One cell: what to write, where it links, and whether it is the team's answer standing in for the system's. */
export interface ContactCell {
  text: string;
  href?: string;
  /** True when the system gives none and the owning team's value is shown. */
  fromTeam?: boolean;
}

/** A row: the team itself, or one of its production systems. */
export interface ContactRow {
  kind: 'team' | 'system';
  id: string;
  name: string;
  cells: Partial<Record<ContactChannel, ContactCell>>;
}

/** A team's rows: the team's own contacts first, then its production systems by name. */
export interface ContactGroup {
  team: string;
  teamName: string;
  /** False for an owner that the teams file does not declare. */
  declared: boolean;
  rows: ContactRow[];
}

/**
 * Where to ask, for every team and every production system, grouped by team (by name; owners missing from the teams
 * file last). A system's own `contacts` win; what it leaves out is filled from its team, marked as such.
 */
export function contactGroups(model: SiteModel): ContactGroup[] {
  const undeclared = [...model.ownedBy.keys()].filter((id) => !model.teamById.has(id)).sort();
  const ids = [...model.teams.map((t) => t.id), ...undeclared];
  return ids.map((id) => {
    const team = model.teamById.get(id);
    const rows: ContactRow[] = [{ kind: 'team', id, name: model.teamName(id), cells: teamContactCells(team) }];
    for (const system of model.ownedBy.get(id) ?? []) {
      if (system.data.lifecycle !== 'production') continue;
      rows.push({ kind: 'system', id: system.id, name: system.data.name, cells: systemContactCells(system.data.contacts, team) });
    }
    return { team: id, teamName: model.teamName(id), declared: team !== undefined, rows };
  });
}

type Contacts = Partial<Record<ContactChannel, string>>;

/** A team's own answers: chat, email, on-call and escalation from the teams file. */
export function teamContactCells(team: Contacts | undefined): ContactRow['cells'] {
  const cells: ContactRow['cells'] = {};
  if (team?.chat) cells.chat = { text: team.chat };
  if (team?.email) cells.email = { text: team.email, href: `mailto:${team.email}` };
  if (team?.oncall) cells.oncall = { text: team.oncall };
  if (team?.escalation) cells.escalation = { text: team.escalation };
  return cells;
}

/**
 * Where to ask about one system, channel by channel: its own `contacts` where it gives them, else its owning team's,
 * marked `fromTeam`. The contacts page and the system page both show this, so they never disagree.
 */
export function systemContactCells(own: Contacts | undefined, team: Contacts | undefined): ContactRow['cells'] {
  const teamCells = teamContactCells(team);
  const cells: ContactRow['cells'] = {};
  for (const channel of CONTACT_CHANNELS) {
    const value = own?.[channel];
    if (value !== undefined) {
      const href = channel === 'email' ? `mailto:${value}` : channel === 'issues' ? safeHref(value) : undefined;
      cells[channel] = channel === 'issues' ? { text: 'File an issue', ...(href ? { href } : {}) } : { text: value, ...(href ? { href } : {}) };
    } else if (teamCells[channel]) {
      cells[channel] = { ...teamCells[channel], fromTeam: true };
    }
  }
  return cells;
}
