/** The value at a dotted path (`capacity.expected_load`) of a doc's front matter. */
export function valueAt(data: object, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/**
 * Whether a doc answers a field: present and non-empty. An explicit `depends_on: []` is an answer
 * ("depends on nothing"); a missing one is not. Lifecycle gates and readiness criteria both ask this.
 */
export function isFieldAnswered(data: object, path: string): boolean {
  const value = valueAt(data, path);
  if (path === 'depends_on') return Array.isArray(value);
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
