import type { Finding } from '../diagnostic.ts';
import type { Descriptor } from './read-descriptors.ts';

/** The kinds that become system docs, in the order that decides who keeps an id both want. */
export const DOC_KINDS = ['component', 'resource', 'system', 'api'] as const;

/** A valid entity with its parsed reference. */
export interface Entity {
  descriptor: Descriptor;
  kind: string;
  namespace: string;
  name: string;
  /** `kind:namespace/name`, lowercased. */
  ref: string;
}

/** A Backstage name as a fieldguide id: lowercased, `_` and `.` as `-`, a namespace other than `default` as a prefix. */
export function toFieldguideId(namespace: string, name: string): string {
  const id = `${namespace === 'default' ? '' : `${namespace}-`}${name}`.toLowerCase().replace(/[_.]/g, '-').replace(/-+/g, '-');
  return id.slice(0, 63).replace(/-+$/, '');
}

/**
 * Gives each entity an id, deterministically: entities are taken by kind (component, resource, system, api, then
 * others), namespace (`default` first) and name; the first keeps the plain id, a later one that wants it gets
 * `-<kind>` (then `-<kind>-2`…) and a `backstage-id-collision` finding pointing back at the first.
 */
export function assignIds(entities: readonly Entity[], taken: Set<string> = new Set()): { ids: Map<string, string>; findings: Finding[] } {
  const rank = (kind: string): number => { const i = (DOC_KINDS as readonly string[]).indexOf(kind); return i === -1 ? DOC_KINDS.length : i; };
  const sorted = [...entities].sort((a, b) => rank(a.kind) - rank(b.kind) || Number(a.namespace !== 'default') - Number(b.namespace !== 'default') || cmp(a.namespace, b.namespace) || cmp(a.name, b.name));
  const ids = new Map<string, string>();
  const owners = new Map<string, Entity>();
  const findings: Finding[] = [];
  for (const entity of sorted) {
    if (ids.has(entity.ref)) continue;
    const wanted = toFieldguideId(entity.namespace, entity.name);
    let id = wanted;
    for (let n = 1; taken.has(id); n++) id = `${wanted.slice(0, 50)}-${entity.kind}${n === 1 ? '' : `-${n}`}`;
    taken.add(id);
    ids.set(entity.ref, id);
    const first = owners.get(wanted);
    if (first === undefined) owners.set(wanted, entity);
    if (id !== wanted && first) {
      findings.push({
        file: entity.descriptor.file, ...entity.descriptor.at(['metadata', 'name']), rule: 'backstage-id-collision',
        message: `\`${entity.ref}\` and \`${first.ref}\` both map to the id \`${wanted}\`: this one is imported as \`${id}\`.`,
        hint: 'Rename one of them in Backstage, or rename the doc after the import.',
        related: [{ file: first.descriptor.file, ...first.descriptor.at(['metadata', 'name']), message: `Imported as \`${wanted}\`.` }],
      });
    }
  }
  return { ids, findings };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
