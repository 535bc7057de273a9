import type { Team } from '../model.ts';
import { personKey } from '../person-key.ts';
import { ANNOTATION_PREFIX, entityRef, type ExportNote, type ExportedEntity } from './export-entity.ts';
import { toBackstageName } from './export-backstage-name.ts';

/**
 * Every team as a Backstage Group (`spec.type: team`, its name and email in `spec.profile`, no children), and every
 * member as a User that is a member of each team listing them. A person is one User however many teams list them
 * (same handle, or same email, or same name when neither is given); a User's name comes from the handle, else the
 * email's local part, else the full name, made valid for Backstage, with a `-2`, `-3` suffix when two people meet.
 */
export function exportTeamEntities(teams: readonly Team[]): { entities: ExportedEntity[]; notes: ExportNote[] } {
  const notes: ExportNote[] = [];
  const users = new Map<string, { name: string; member: NonNullable<Team['members']>[number]; teams: string[] }>();
  const taken = new Set<string>();
  const groups = teams.map((team): ExportedEntity => {
    const members: string[] = [];
    for (const member of team.members ?? []) {
      const key = member.handle ? `handle:${personKey(member.handle)}` : member.email ? `email:${member.email.toLowerCase()}` : `name:${member.name.trim().toLowerCase()}`;
      let user = users.get(key);
      if (!user) {
        const source = member.handle ?? member.email?.split('@')[0] ?? member.name;
        const base = toBackstageName(source, 'user');
        let name = base;
        for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 63 - String(n).length - 1)}-${n}`;
        taken.add(name);
        if (name !== source) {
          const from = source === member.name ? '' : ` (from \`${source}\`)`;
          const taken = name !== base ? `; \`${base}\` was taken by someone else` : '';
          notes.push({ entity: entityRef('User', name), message: `${member.name} is named \`${name}\`${from}, a lowercase Backstage name${taken}.` });
        }
        user = { name, member, teams: [] };
        users.set(key, user);
      }
      if (!user.teams.includes(team.id)) user.teams.push(team.id);
      if (!members.includes(user.name)) members.push(user.name);
    }
    const annotations: Record<string, string> = {};
    for (const field of ['chat', 'oncall', 'escalation'] as const) {
      const value = team[field];
      if (value !== undefined) annotations[`${ANNOTATION_PREFIX}${field}`] = value;
    }
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: team.id,
        title: team.name,
        ...(team.description !== undefined ? { description: team.description.trim() } : {}),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
      },
      spec: {
        type: 'team',
        profile: { displayName: team.name, ...(team.email !== undefined ? { email: team.email } : {}) },
        children: [],
        ...(members.length > 0 ? { members } : {}),
      },
    };
  });
  const people = [...users.values()].map((user): ExportedEntity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name: user.name,
      ...(user.member.handle !== undefined ? { annotations: { [`${ANNOTATION_PREFIX}handle`]: user.member.handle } } : {}),
    },
    spec: {
      profile: { displayName: user.member.name, ...(user.member.email !== undefined ? { email: user.member.email } : {}) },
      memberOf: user.teams,
    },
  }));
  return { entities: [...groups, ...people], notes };
}
