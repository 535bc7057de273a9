// Dependencies and dependents of every system, from front matter `depends_on` (plain ids or `{ id: … }`).

/** Maps each id to its dependencies and its dependents (sorted ids); built once per build. */
export function buildGraph(entries) {
  const names = new Map(entries.map((e) => [e.id, String(e.data.name ?? e.id)]));
  const dependsOn = new Map();
  const dependents = new Map(entries.map((e) => [e.id, []]));
  for (const entry of entries) {
    const ids = (Array.isArray(entry.data.depends_on) ? entry.data.depends_on : [])
      .map((d) => (typeof d === 'string' ? d : d?.id))
      .filter((id) => typeof id === 'string');
    dependsOn.set(entry.id, ids);
    for (const id of ids) dependents.get(id)?.push(entry.id);
  }
  for (const list of dependents.values()) list.sort();
  return { names, dependsOn, dependents };
}
