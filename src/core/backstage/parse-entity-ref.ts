/** A Backstage entity reference, split: `kind:namespace/name` with the kind lowercased for comparison. */
export interface EntityRef {
  kind: string;
  namespace: string;
  name: string;
}

/**
 * Parses `[kind:][namespace/]name` as Backstage does: a field's default kind fills in a missing kind (`owner` defaults
 * to `group`, `consumesApis` to `api`, `spec.system` to `system`; `dependsOn` has none), and the namespace defaults to
 * `default`. Undefined when the reference is not a string or has no kind and the field gives none.
 */
export function parseEntityRef(ref: unknown, defaultKind?: string, defaultNamespace = 'default'): EntityRef | undefined {
  if (typeof ref !== 'string' || ref.trim() === '') return undefined;
  const colon = ref.indexOf(':');
  const kind = colon === -1 ? defaultKind : ref.slice(0, colon);
  const rest = colon === -1 ? ref : ref.slice(colon + 1);
  const slash = rest.indexOf('/');
  const namespace = slash === -1 ? defaultNamespace : rest.slice(0, slash);
  const name = slash === -1 ? rest : rest.slice(slash + 1);
  if (!kind || !namespace || !name) return undefined;
  return { kind: kind.toLowerCase(), namespace: namespace.toLowerCase(), name };
}

/** The canonical string of a reference, `kind:namespace/name`, as Backstage prints it (names compare case-insensitively). */
export function formatEntityRef(ref: EntityRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name.toLowerCase()}`;
}
