import type { Finding } from '../diagnostic.ts';
import type { Descriptor } from './read-descriptors.ts';

/** Backstage's rule for `metadata.name`: 1–63 characters, letters and digits separated by single `-`, `_` or `.`. */
const NAME = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;
/** Backstage's rule for `metadata.namespace`: a DNS label. */
const NAMESPACE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A `backstage-invalid-entity` finding when the entity breaks Backstage's own rules, located at the offending field. */
export function checkEntity(descriptor: Descriptor): Finding | undefined {
  const { data, file } = descriptor;
  const metadata = data.metadata as Record<string, unknown> | undefined;
  const invalid = (path: (string | number)[], message: string, hint: string): Finding => ({ file, ...descriptor.at(path), rule: 'backstage-invalid-entity', message, hint });
  if (typeof data.kind !== 'string' || data.kind === '') return invalid(['kind'], 'The entity has no `kind`, so it is not imported.', 'Add `kind: Component` (or the kind it is).');
  if (typeof metadata?.name !== 'string') return invalid(['metadata'], 'The entity has no `metadata.name`, so it is not imported.', 'Add `metadata.name`.');
  const name = metadata.name;
  if (name.length > 63 || !NAME.test(name)) {
    return invalid(['metadata', 'name'], `The name \`${name}\` breaks Backstage's rules, so the entity is not imported.`, 'A name is 1–63 letters and digits, separated by `-`, `_` or `.`.');
  }
  const namespace = metadata.namespace;
  if (namespace !== undefined && (typeof namespace !== 'string' || namespace.length > 63 || !NAMESPACE.test(namespace))) {
    return invalid(['metadata', 'namespace'], `The namespace \`${String(namespace)}\` breaks Backstage's rules, so the entity is not imported.`, 'A namespace is 1–63 lowercase letters and digits, separated by `-`.');
  }
  return undefined;
}
