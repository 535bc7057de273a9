import { DEFAULT_GATES } from '../config/default-gates.ts';
import { isFieldAnswered } from '../is-field-answered.ts';
import type { Entity } from './assign-ids.ts';

/** Backstage lifecycles with a fieldguide counterpart; anything else imports as `proposed`. */
const LIFECYCLE: Record<string, 'experimental' | 'production' | 'deprecated'> = { experimental: 'experimental', production: 'production', deprecated: 'deprecated' };

/** `spec.type` values that name a fieldguide kind, per Backstage kind. */
const KIND: Record<string, Record<string, string>> = {
  component: { service: 'service', website: 'website', library: 'library' },
  resource: { database: 'database', queue: 'queue', storage: 'storage', 's3-bucket': 'storage' },
};

const TAG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The front-matter fields an import writes from Backstage; `--update` refreshes exactly these. */
export const IMPORTED_FIELDS = ['name', 'summary', 'owner', 'kind', 'tags', 'links', 'depends_on'] as const;

/** One doc an import writes: its id, front matter, and what it says in the body about the import. */
export interface ImportedDoc {
  id: string;
  /** `kind:namespace/name` of the entity it came from. */
  ref: string;
  /** Where the entity is declared, `file:line:col`. */
  source: string;
  data: Record<string, unknown>;
  description?: string;
  /** The fieldguide lifecycle Backstage's maps to, and what the doc lacks to be written at it (when not `proposed`). */
  mappedLifecycle: string;
  missing: string[];
  /** The entity's fields that have no place in the front matter, as data, for the body's "not mapped" section. */
  unmapped: Record<string, unknown>;
}

/** What the plan has decided about the entity: its id, owner team, dependencies, and relations it could not resolve. */
export interface EntityContext {
  id: string;
  owner: string;
  dependsOn: string[];
  unresolved: { field: string; ref: string }[];
}

/**
 * Maps one Component, Resource, System or API to a fieldguide doc. The doc is written as `proposed`, filled the way a
 * proposal is, with what Backstage does not know said plainly; the lifecycle Backstage gives and what the doc lacks
 * to reach it are listed, and every field that did not map is kept for the body.
 */
export function mapEntity(entity: Entity, context: EntityContext): ImportedDoc {
  const rest = structuredClone(entity.descriptor.data) as Record<string, any>;
  const metadata = (rest.metadata ?? {}) as Record<string, any>;
  const spec = (rest.spec ?? {}) as Record<string, any>;
  const kindName = String(rest.kind);
  const description = typeof metadata.description === 'string' && metadata.description.trim() ? metadata.description.trim() : undefined;
  const title = typeof metadata.title === 'string' && metadata.title.trim() ? metadata.title.trim().slice(0, 120) : entity.name;
  const summary = description ? description.split('\n')[0]!.trim().slice(0, 300) : `${kindName} \`${entity.name}\`, imported from Backstage, which has no description of it.`;
  const data: Record<string, unknown> = { name: title, summary, owner: context.owner, lifecycle: 'proposed' };
  const kind = KIND[entity.kind]?.[String(spec.type)];
  if (kind) { data.kind = kind; delete spec.type; }
  const tags = Array.isArray(metadata.tags) ? metadata.tags : [];
  const goodTags = [...new Set(tags.filter((t): t is string => typeof t === 'string' && TAG.test(t) && t.length <= 40))];
  data.tags = goodTags;
  const badTags = tags.filter((t) => !goodTags.includes(t));
  if (badTags.length > 0) metadata.tags = badTags; else delete metadata.tags;
  const links = Array.isArray(metadata.links) ? metadata.links : [];
  const mappedLinks = links.filter((l) => typeof l?.url === 'string' && /^https?:\/\//.test(l.url)).map((l) => ({ title: typeof l.title === 'string' && l.title ? l.title : l.url, url: l.url }));
  if (mappedLinks.length > 0) data.links = mappedLinks;
  const leftLinks = links.filter((l) => !(typeof l?.url === 'string' && /^https?:\/\//.test(l.url)) || Object.keys(l).some((k) => k !== 'url' && k !== 'title'))
    .map((l) => (typeof l?.url === 'string' && /^https?:\/\//.test(l.url) ? Object.fromEntries(Object.entries(l).filter(([k]) => k !== 'title')) : l));
  if (leftLinks.length > 0) metadata.links = leftLinks; else delete metadata.links;
  data.depends_on = context.dependsOn;
  Object.assign(data, PROPOSAL_ANSWERS);

  const lifecycle = typeof spec.lifecycle === 'string' ? LIFECYCLE[spec.lifecycle] : undefined;
  if (lifecycle) delete spec.lifecycle;
  for (const key of ['apiVersion', 'kind']) delete rest[key];
  for (const key of ['name', 'namespace', 'title', 'description']) delete metadata[key];
  if (context.owner !== 'unowned' && spec.owner !== undefined) delete spec.owner;
  for (const field of ['dependsOn', 'consumesApis', 'providesApis', 'system', 'subcomponentOf', 'dependencyOf']) {
    const kept = context.unresolved.filter((u) => u.field === field).map((u) => u.ref);
    if (kept.length > 0) spec[field] = kept; else delete spec[field];
  }
  if (typeof spec.definition === 'string') spec.definition = `(${spec.definition.length} characters of the ${String(spec.type ?? 'API')} definition, not copied: see the descriptor)`;
  else if (spec.definition !== undefined) spec.definition = '(the API definition is not copied: see the descriptor)';
  for (const [key, value] of Object.entries({ metadata, spec })) if (Object.keys(value).length === 0) delete rest[key];
  const place = entity.descriptor.at(['metadata', 'name']);
  return {
    id: context.id, ref: entity.ref, source: `${entity.descriptor.file}:${place.line}:${place.column}`, data,
    ...(description ? { description } : {}),
    mappedLifecycle: lifecycle ?? 'proposed',
    missing: lifecycle ? missingFor(lifecycle, data) : [],
    unmapped: rest,
  };
}

/** The answers a proposal needs that Backstage never has, said as open questions rather than invented. */
const PROPOSAL_ANSWERS = {
  runs_on: { provider: 'Not in Backstage: name the data center or cloud account.' },
  capacity: { expected_load: 'Not in Backstage: estimate the daily load.' },
  data_stores: ['Not in Backstage: name the data stores and who operates them.'],
  ilities: Object.fromEntries(['scalability', 'maintainability', 'reliability', 'availability', 'security', 'observability', 'fault_tolerance']
    .map((ility) => [ility, { status: 'unknown', notes: 'Not in Backstage: say how it is met.' }])),
};

/** What a doc still lacks to pass `check` at `lifecycle` under the default gates, in words for the body. */
function missingFor(lifecycle: keyof typeof DEFAULT_GATES, data: Record<string, unknown>): string[] {
  const gate = DEFAULT_GATES[lifecycle];
  const missing = (gate.fields ?? []).filter((field) => field === 'runs_on' || !isFieldAnswered(data, field)).map((field) => `the field \`${field}\``);
  for (const section of gate.sections ?? []) if (section !== 'Overview') missing.push(`a section "${section}"`);
  if (gate.min_experts) missing.push(`${gate.min_experts} ${gate.min_experts === 1 ? 'expert' : 'experts'} in \`experts\``);
  if (gate.ilities === 'assessed') missing.push('each ility assessed (`pass`, `fail` or `n/a`) in `ilities`');
  if (gate.min_failure_modes) missing.push('a failure mode in `failure_modes`');
  if (gate.replacement) missing.push('`replaced_by` or `retirement_note`');
  return missing;
}
