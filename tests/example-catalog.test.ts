import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/core/load-catalog.ts';
import { LIFECYCLES } from '../src/core/config/default-gates.ts';
import { systemSchema } from '../src/core/validate/get-validators.ts';
import type { SchemaNode } from '../src/core/validate/schema-findings.ts';

const catalog = await loadCatalog({ cwd: new URL('..', import.meta.url).pathname, today: '2026-11-26' });

/** Every property path the schema defines (`runs_on.hosts`, `depends_on[].strength`, …). */
function schemaPaths(node: SchemaNode, prefix = ''): string[] {
  const resolve = (n: SchemaNode | undefined): SchemaNode | undefined =>
    n?.$ref ? (systemSchema as SchemaNode).$defs?.[n.$ref.replace('#/$defs/', '')] : n;
  const here = resolve(node)!;
  const out: string[] = [];
  for (const [key, child] of Object.entries(here.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    const resolved = resolve(child)!;
    out.push(...schemaPaths(resolved, path));
    const items = resolve(resolved.items);
    for (const branch of items?.oneOf ?? (items ? [items] : [])) out.push(...schemaPaths(branch, `${path}[]`));
  }
  return out;
}

/** Every property path used somewhere in the data. */
function usedPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) usedPaths(item, `${prefix}[]`, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      into.add(path);
      usedPaths(child, path, into);
    }
  }
  return into;
}

describe('the bundled example catalog', () => {
  it('passes check with zero errors', () => {
    expect(catalog.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('holds at least 20 systems, every lifecycle, and declared teams', () => {
    expect(catalog.systems.length).toBeGreaterThanOrEqual(20);
    expect(new Set(catalog.systems.map((s) => s.data.lifecycle))).toEqual(new Set(LIFECYCLES));
    expect(catalog.teams.length).toBeGreaterThanOrEqual(2);
    expect(catalog.graph.edges.length).toBeGreaterThanOrEqual(40);
  });

  it('exercises every field of the schema', () => {
    const used = new Set<string>();
    for (const system of catalog.systems) usedPaths(system.data, '', used);
    const ilities = ['scalability', 'maintainability', 'reliability', 'availability', 'security', 'observability', 'fault_tolerance'];
    const missing = schemaPaths(systemSchema as SchemaNode).filter((path) => !used.has(path) && !ilities.some((i) => path.startsWith(`ilities.${i}.`)));
    expect(missing).toEqual([]);
  });

  it('uses both hard and soft dependencies and every ility status', () => {
    expect(new Set(catalog.graph.edges.map((e) => e.strength))).toEqual(new Set(['hard', 'soft']));
    const statuses = new Set(catalog.systems.flatMap((s) => Object.values(s.data.ilities ?? {}).map((i) => i.status)));
    expect(statuses).toEqual(new Set(['pass', 'fail', 'n/a', 'unknown']));
  });
});
