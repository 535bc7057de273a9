import type { CatalogSystem } from '../model.ts';
import { ANNOTATION_PREFIX, entityRef, type ExportNote, type ExportedEntity } from './export-entity.ts';
import { exportEntityKind } from './export-entity-kind.ts';
import { exportLifecycle } from './export-lifecycle.ts';
import { toBackstageTag } from './export-backstage-tag.ts';

/** What a system's entity needs from the rest of the catalog. */
export interface SystemContext {
  /** The Backstage kind of every system, by id, so `dependsOn` names the target's kind. */
  kinds: Map<string, 'Component' | 'Resource'>;
  /** The readiness level the system reached, if any. */
  readiness: string | null;
  /** The doc's path from the repository root. */
  source: string;
}

/**
 * A system as a Backstage Component or Resource: name, title, description, tags and links in `metadata`; type, owner,
 * lifecycle and dependencies in `spec`; what only fieldguide knows (tier, readiness, review date, the lifecycle
 * before mapping, soft dependencies, the doc's path) as `fieldguide.dev/` annotations.
 */
export function exportSystemEntity(system: CatalogSystem, context: SystemContext): { entity: ExportedEntity; notes: ExportNote[] } {
  const data = system.data;
  const kind = exportEntityKind(data.kind);
  const ref = entityRef(kind, system.id);
  const notes: ExportNote[] = [];
  const { lifecycle, mapped } = exportLifecycle(data.lifecycle);
  const annotations: Record<string, string> = { [`${ANNOTATION_PREFIX}source`]: context.source };
  // Backstage's Resource has no lifecycle, so a Resource keeps it only as an annotation.
  if (mapped || kind === 'Resource') annotations[`${ANNOTATION_PREFIX}lifecycle`] = data.lifecycle;
  if (data.tier !== undefined) annotations[`${ANNOTATION_PREFIX}tier`] = String(data.tier);
  if (context.readiness !== null) annotations[`${ANNOTATION_PREFIX}readiness`] = context.readiness;
  if (data.review?.last_reviewed) annotations[`${ANNOTATION_PREFIX}last-reviewed`] = data.review.last_reviewed;
  const known = system.dependencies.filter((d) => context.kinds.has(d.id));
  const soft = known.filter((d) => d.strength === 'soft').map((d) => d.id);
  if (soft.length > 0) annotations[`${ANNOTATION_PREFIX}soft-depends-on`] = soft.join(',');

  const tags: string[] = [];
  for (const tag of data.tags ?? []) {
    const fitted = toBackstageTag(tag);
    if (fitted !== tag) notes.push({ entity: ref, message: fitted === undefined ? `Tag \`${tag}\` was left out: nothing of it fits Backstage's tag rules.` : `Tag \`${tag}\` was written as \`${fitted}\` to fit Backstage's tag rules.` });
    if (fitted !== undefined && !tags.includes(fitted)) tags.push(fitted);
  }
  const dependsOn = [...new Set(known.map((d) => entityRef(context.kinds.get(d.id)!, d.id)))];
  const entity: ExportedEntity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name: system.id,
      title: data.name,
      description: data.summary,
      ...(tags.length > 0 ? { tags } : {}),
      ...(data.links && data.links.length > 0 ? { links: data.links.map((l) => ({ url: l.url, title: l.title })) } : {}),
      annotations,
    },
    spec: {
      // A system without a kind is most often a service; Backstage requires a type.
      type: data.kind ?? 'service',
      ...(kind === 'Component' ? { lifecycle } : {}),
      owner: entityRef('Group', data.owner),
      ...(dependsOn.length > 0 ? { dependsOn } : {}),
    },
  };
  return { entity, notes };
}
