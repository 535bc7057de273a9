/** One Backstage entity as written to a descriptor file (`apiVersion: backstage.io/v1alpha1`). */
export interface ExportedEntity {
  apiVersion: 'backstage.io/v1alpha1';
  kind: 'Component' | 'Resource' | 'Group' | 'User' | 'Location';
  metadata: {
    name: string;
    title?: string;
    description?: string;
    tags?: string[];
    links?: { url: string; title: string }[];
    annotations?: Record<string, string>;
  };
  spec: Record<string, unknown>;
}

/** The prefix of every annotation that carries a fact only fieldguide has. */
export const ANNOTATION_PREFIX = 'fieldguide.dev/';

/** Something the export changed to fit Backstage's rules, said to the user: what, where, and what it became. */
export interface ExportNote {
  /** `kind:default/name` of the entity it concerns. */
  entity: string;
  message: string;
}

/** `kind:default/name`, the full entity reference Backstage resolves without defaults. */
export function entityRef(kind: string, name: string): string {
  return `${kind.toLowerCase()}:default/${name}`;
}
