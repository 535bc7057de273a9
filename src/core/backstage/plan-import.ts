import type { Finding } from '../diagnostic.ts';
import { assignIds, DOC_KINDS, toFieldguideId, type Entity } from './assign-ids.ts';
import { checkEntity } from './check-entity.ts';
import { mapEntity, type ImportedDoc } from './map-entity.ts';
import { parseEntityRef, formatEntityRef } from './parse-entity-ref.ts';
import type { Descriptor } from './read-descriptors.ts';

/** A team made from a Group (or, reported, from an owner reference that is not one). */
export interface ImportedTeam {
  id: string;
  name: string;
  description?: string;
  email?: string;
  members?: { name: string; handle: string; email?: string }[];
}

/** What an import would write, and every problem found on the way. */
export interface ImportPlan {
  docs: ImportedDoc[];
  teams: ImportedTeam[];
  findings: Finding[];
  /** Entities of kinds that have no fieldguide counterpart (Domain, Environment…), by kind, counted. */
  notMapped: Record<string, number>;
}

/** The relations that become `depends_on` edges: field, default kind, and whether the edge points back at the entity. */
const RELATIONS = [
  { field: 'dependsOn', kind: undefined, reverse: false },
  { field: 'consumesApis', kind: 'api', reverse: false },
  { field: 'providesApis', kind: 'api', reverse: true },
  { field: 'system', kind: 'system', reverse: true },
  { field: 'subcomponentOf', kind: 'component', reverse: true },
  { field: 'dependencyOf', kind: undefined, reverse: true },
] as const;

/** Turns descriptors into docs and teams (see the README's mapping table); pure, so `--dry-run` and tests share it. */
export function planImport(descriptors: readonly Descriptor[]): ImportPlan {
  const findings: Finding[] = [];
  const entities: Entity[] = [];
  const seen = new Set<string>();
  for (const descriptor of descriptors) {
    if (descriptor.data.kind === 'Location') continue;
    const invalid = checkEntity(descriptor);
    if (invalid) { findings.push(invalid); continue; }
    const metadata = descriptor.data.metadata as Record<string, unknown>;
    const entity = { descriptor, kind: String(descriptor.data.kind).toLowerCase(), namespace: String(metadata.namespace ?? 'default'), name: String(metadata.name) };
    const ref = formatEntityRef(entity);
    if (seen.has(ref)) continue;
    seen.add(ref);
    entities.push({ ...entity, ref });
  }
  const docEntities = entities.filter((e) => (DOC_KINDS as readonly string[]).includes(e.kind));
  const { ids, findings: collisions } = assignIds(docEntities);
  findings.push(...collisions);
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const teams = new Map<string, ImportedTeam>();
  const teamIds = new Map<string, string>();
  for (const group of entities.filter((e) => e.kind === 'group')) {
    const id = toFieldguideId(group.namespace, group.name);
    teamIds.set(group.ref, id);
    teams.set(id, groupTeam(group, id));
  }
  addMembers(entities, teams, teamIds);

  const edges = new Map<string, Set<string>>(docEntities.map((e) => [ids.get(e.ref)!, new Set()]));
  const unresolved = new Map<string, { field: string; ref: string }[]>();
  for (const entity of docEntities) {
    const spec = (entity.descriptor.data.spec ?? {}) as Record<string, unknown>;
    const self = ids.get(entity.ref)!;
    for (const relation of RELATIONS) {
      const raw = spec[relation.field];
      const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
      values.forEach((value, i) => {
        const path = ['spec', relation.field, ...(Array.isArray(raw) ? [i] : [])];
        const ref = parseEntityRef(value, relation.kind, entity.namespace);
        const target = ref ? ids.get(formatEntityRef(ref)) : undefined;
        if (!target) {
          findings.push({
            file: entity.descriptor.file, ...entity.descriptor.at(path), rule: 'backstage-unresolved-ref',
            message: `\`spec.${relation.field}\` names \`${ref ? formatEntityRef(ref) : String(value)}\`, which is not among the imported components, resources, systems and APIs.`,
            hint: 'Import the descriptor that declares it too; until then the relation is kept in the doc\'s body.',
          });
          unresolved.set(self, [...(unresolved.get(self) ?? []), { field: relation.field, ref: String(value) }]);
          return;
        }
        if (target === self) return;
        if (relation.reverse) edges.get(target)!.add(self);
        else edges.get(self)!.add(target);
      });
    }
  }

  const docs = docEntities.map((entity) => {
    const owner = resolveOwner(entity, byRef, teamIds, teams, findings);
    const id = ids.get(entity.ref)!;
    return mapEntity(entity, { id, owner, dependsOn: [...edges.get(id)!].sort(), unresolved: unresolved.get(id) ?? [] });
  });
  const notMapped: Record<string, number> = {};
  for (const e of entities) {
    if (!(DOC_KINDS as readonly string[]).includes(e.kind) && e.kind !== 'group' && e.kind !== 'user') notMapped[String(e.descriptor.data.kind)] = (notMapped[String(e.descriptor.data.kind)] ?? 0) + 1;
  }
  return { docs: docs.sort((a, b) => (a.id < b.id ? -1 : 1)), teams: [...teams.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), findings, notMapped };
}

function groupTeam(group: Entity, id: string): ImportedTeam {
  const metadata = group.descriptor.data.metadata as Record<string, unknown>;
  const profile = ((group.descriptor.data.spec as Record<string, unknown> | undefined)?.profile ?? {}) as Record<string, unknown>;
  const name = [profile.displayName, metadata.title, group.name].find((v): v is string => typeof v === 'string' && v.trim() !== '')!;
  return {
    id, name,
    ...(typeof metadata.description === 'string' ? { description: metadata.description } : {}),
    ...(isEmail(profile.email) ? { email: profile.email } : {}),
  };
}

/** Members from User `spec.memberOf` (default kind group) and Group `spec.members` (default kind user), once each. */
function addMembers(entities: readonly Entity[], teams: Map<string, ImportedTeam>, teamIds: Map<string, string>): void {
  const users = new Map(entities.filter((e) => e.kind === 'user').map((e) => [e.ref, e]));
  const add = (teamId: string | undefined, user: Entity | undefined): void => {
    const team = teamId ? teams.get(teamId) : undefined;
    if (!team || !user) return;
    const profile = ((user.descriptor.data.spec as Record<string, unknown> | undefined)?.profile ?? {}) as Record<string, unknown>;
    const handle = user.namespace === 'default' ? user.name : `${user.namespace}/${user.name}`;
    if (team.members?.some((m) => m.handle === handle)) return;
    team.members = [...(team.members ?? []), { name: typeof profile.displayName === 'string' && profile.displayName ? profile.displayName : user.name, handle, ...(isEmail(profile.email) ? { email: profile.email } : {}) }];
  };
  for (const user of users.values()) {
    const memberOf = (user.descriptor.data.spec as Record<string, unknown> | undefined)?.memberOf;
    for (const value of Array.isArray(memberOf) ? memberOf : []) {
      const ref = parseEntityRef(value, 'group', user.namespace);
      if (ref) add(teamIds.get(formatEntityRef(ref)), user);
    }
  }
  for (const group of entities.filter((e) => e.kind === 'group')) {
    const members = (group.descriptor.data.spec as Record<string, unknown> | undefined)?.members;
    for (const value of Array.isArray(members) ? members : []) {
      const ref = parseEntityRef(value, 'user', group.namespace);
      if (ref) add(teamIds.get(group.ref), users.get(formatEntityRef(ref)));
    }
  }
}

/** The team id of an entity's `spec.owner`; an owner that is not an imported Group is reported and becomes a team of its own. */
function resolveOwner(entity: Entity, byRef: Map<string, Entity>, teamIds: Map<string, string>, teams: Map<string, ImportedTeam>, findings: Finding[]): string {
  const raw = (entity.descriptor.data.spec as Record<string, unknown> | undefined)?.owner;
  const ref = parseEntityRef(raw, 'group', entity.namespace);
  const key = ref ? formatEntityRef(ref) : undefined;
  const team = key ? teamIds.get(key) : undefined;
  if (team) return team;
  const found = key ? byRef.get(key) : undefined;
  const id = ref ? toFieldguideId(ref.namespace, ref.name) : 'unowned';
  const what = found ? `a ${String(found.descriptor.data.kind)}` : 'not among the imported entities';
  findings.push({
    file: entity.descriptor.file, ...entity.descriptor.at(['spec', 'owner']), rule: 'backstage-unknown-owner',
    message: ref ? `The owner \`${key}\` is ${what}, not a Group: the doc is owned by a team \`${id}\` made for it.` : 'The entity has no `spec.owner`: the doc is owned by a team `unowned` made for it.',
    hint: 'Set `spec.owner` to a Group (a team) in Backstage, or give the doc a real owner after the import.',
  });
  if (!teams.has(id)) {
    const user = found?.kind === 'user' ? found : undefined;
    teams.set(id, {
      id, name: ref?.name ?? 'Unowned',
      description: `Made by the Backstage import: \`${key ?? 'spec.owner'}\` is ${ref ? `${what}, not a Group` : 'missing'}. Replace it with the team that owns these systems.`,
      ...(user ? { members: [{ name: ref!.name, handle: ref!.name }] } : {}),
    });
  }
  return id;
}

function isEmail(value: unknown): value is string {
  return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}
