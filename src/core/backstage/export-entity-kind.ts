/**
 * fieldguide kinds that Backstage calls a Resource: the infrastructure a component needs at runtime (databases,
 * queues, storage, hosting). Every other kind, the project's own `kinds` and a system without a kind included, is a
 * Component: Backstage's word for a piece of software someone runs or ships.
 */
export const RESOURCE_KINDS: readonly string[] = ['database', 'queue', 'storage', 'infrastructure'];

/** The Backstage kind a system is exported as, from its fieldguide `kind`. */
export function exportEntityKind(kind: string | undefined): 'Component' | 'Resource' {
  return kind !== undefined && RESOURCE_KINDS.includes(kind) ? 'Resource' : 'Component';
}
