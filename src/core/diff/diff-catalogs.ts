import type { CatalogSystem } from '../model.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostic.ts';
import type { Graph } from '../graph/build-graph.ts';
import type { SystemSummary } from '../graph/system-summary.ts';
import type { SystemReadiness } from '../readiness/compute-readiness.ts';
import { findImpact } from '../graph/find-impact.ts';
import { systemRef, type SystemRef } from '../graph/build-impact-report.ts';
import { detectRenames } from './detect-renames.ts';

/**
 * One side of a diff: every valid system in summary, the graph, and the full analysis of the systems that may differ.
 * A system on both sides that is in neither side's `details` is unchanged; an analyzed `Catalog` can pass
 * `details: catalog.byId` to have everything compared.
 */
export interface DiffSide {
  byId: ReadonlyMap<string, SystemSummary>;
  graph: Graph;
  details: ReadonlyMap<string, CatalogSystem>;
  /** Readiness of the systems in `details`. */
  readiness: ReadonlyMap<string, SystemReadiness>;
  /**
   * Every problem of the whole side, as `check` reports it (an analyzed `Catalog` has them), so the diff can say
   * which problems the change introduces and which it fixes. Without them on both sides, `introduced` and `fixed` stay empty.
   */
  diagnostics?: readonly Diagnostic[];
}

/** A headline field that changed; values as written (`null` when absent). */
export interface FieldChange {
  field: (typeof HEADLINE_FIELDS)[number];
  before: string | number | null;
  after: string | number | null;
}

/** How `depends_on` changed, with renamed systems followed (a dependent updated to the new id is no change). */
export interface DependencyChanges {
  added: { id: string; strength: 'hard' | 'soft' }[];
  removed: { id: string; strength: 'hard' | 'soft' }[];
  strength: { id: string; before: 'hard' | 'soft'; after: 'hard' | 'soft' }[];
}

/** Everything that changed about one system present on both sides (under a new id, when renamed). */
export interface SystemChange {
  system: SystemRef;
  /** The id at the base, when the system was renamed. */
  previousId?: string;
  fields: FieldChange[];
  dependencies: DependencyChanges;
  /** Other front-matter fields whose value changed, sorted. */
  otherFields: string[];
  /** True when the Markdown body changed. */
  body: boolean;
  /** Readiness level ids before and after, when the level changed. */
  readiness?: { before: string | null; after: string | null };
}

/** Who a changed system affects: its transitive dependents and their owner teams. */
export interface ChangeImpact {
  id: string;
  change: 'added' | 'removed' | 'renamed' | 'changed';
  /** Dependents, nearest first (then by id). */
  dependents: string[];
  /** How many of them break (an all-hard path). */
  hard: number;
  /** Owner teams of the dependents, most systems first. */
  teams: { id: string; systems: number }[];
}

/** What a pull request does to the catalog. */
export interface CatalogDiff {
  added: (SystemRef & { readiness: string | null })[];
  removed: SystemRef[];
  renamed: SystemChange[];
  changed: SystemChange[];
  /** One entry per added, removed, renamed or changed system, in that order. */
  impact: ChangeImpact[];
  /** Every system impacted by any change (changed systems themselves excluded), and their teams. */
  impacted: { systems: number; teams: { id: string; systems: number }[] };
  /** Problems the head has and the base did not, at their place in the head, sorted. */
  introduced: Diagnostic[];
  /** Problems the base had and the head does not, at their place in the base, sorted. */
  fixed: Diagnostic[];
}

/** Fields a reviewer always wants to see spelled out; others are only named. */
export const HEADLINE_FIELDS = ['name', 'owner', 'lifecycle', 'tier', 'kind', 'replaced_by'] as const;

/** Compares two analyzed catalogs (base first). Pure; removed systems' impact is read from the base graph. */
export function diffCatalogs(base: DiffSide, head: DiffSide): CatalogDiff {
  const removedSystems = [...base.byId.keys()].filter((id) => !head.byId.has(id)).map((id) => base.details.get(id)).filter((s) => s !== undefined);
  const addedSystems = [...head.byId.keys()].filter((id) => !base.byId.has(id)).map((id) => head.details.get(id)).filter((s) => s !== undefined);
  const renames = detectRenames(removedSystems, addedSystems);
  const renamedFrom = new Map([...renames].map(([from, to]) => [to, from]));
  const newId = (id: string) => renames.get(id) ?? id;

  const renamed: SystemChange[] = [];
  const changed: SystemChange[] = [];
  for (const after of sortById([...head.details.values()])) {
    const previousId = renamedFrom.get(after.id);
    const before = base.details.get(previousId ?? after.id);
    if (!before) continue;
    const change = compareSystem(before, after, newId, base.readiness.get(before.id), head.readiness.get(after.id));
    if (previousId !== undefined) renamed.push({ ...change, previousId });
    else if (isChange(change)) changed.push(change);
  }

  const impact: ChangeImpact[] = [
    ...sortById(addedSystems).filter((s) => !renamedFrom.has(s.id)).map((s) => changeImpact(head, s.id, 'added')),
    ...sortById(removedSystems).filter((s) => !renames.has(s.id)).map((s) => changeImpact(base, s.id, 'removed')),
    ...renamed.map((c) => changeImpact(head, c.system.id, 'renamed')),
    ...changed.map((c) => changeImpact(head, c.system.id, 'changed')),
  ];
  const touched = new Set(impact.map((i) => i.id));
  const everyone = new Map<string, string>();
  for (const entry of impact) {
    const side = entry.change === 'removed' ? base : head;
    for (const id of entry.dependents) if (!touched.has(id)) everyone.set(id, side.byId.get(id)!.data.owner);
  }
  return {
    added: sortById(addedSystems).filter((s) => !renamedFrom.has(s.id)).map((s) => ({ ...systemRef(s), readiness: head.readiness.get(s.id)?.level ?? null })),
    removed: sortById(removedSystems).filter((s) => !renames.has(s.id)).map(systemRef),
    renamed,
    changed,
    impact,
    impacted: { systems: everyone.size, teams: countTeams(everyone.values()) },
    ...compareProblems(base, head, renames),
  };
}

/**
 * Which problems the change introduces and which it fixes. A problem is the same on both sides when its rule, file
 * and message are: lines are ignored, since an edit above a problem moves it. A renamed system's file, and its id
 * where a message quotes it (`` `old` ``), are read as the new ones, so a rename alone changes no problem. Equal
 * problems are matched one to one, so a second copy of an existing problem is still introduced.
 */
function compareProblems(base: DiffSide, head: DiffSide, renames: ReadonlyMap<string, string>): Pick<CatalogDiff, 'introduced' | 'fixed'> {
  if (!base.diagnostics || !head.diagnostics) return { introduced: [], fixed: [] };
  const newFile = new Map<string, string>();
  const quoted: [string, string][] = [];
  for (const [from, to] of renames) {
    const before = base.details.get(from);
    const after = head.details.get(to);
    if (before && after) newFile.set(before.file, after.file);
    quoted.push([`\`${from}\``, `\`${to}\``]);
  }
  const keyOf = (d: Diagnostic) => `${d.rule}\0${d.file}\0${d.message}`;
  const baseKeyOf = (d: Diagnostic) => {
    let message = d.message;
    for (const [from, to] of quoted) if (message.includes(from)) message = message.split(from).join(to);
    return keyOf({ ...d, file: newFile.get(d.file) ?? d.file, message });
  };
  const unmatched = new Map<string, Diagnostic[]>();
  for (const d of head.diagnostics) {
    const key = keyOf(d);
    const list = unmatched.get(key);
    if (list) list.push(d);
    else unmatched.set(key, [d]);
  }
  const fixed: Diagnostic[] = [];
  for (const d of base.diagnostics) {
    const list = unmatched.get(baseKeyOf(d));
    if (list && list.length > 0) list.shift();
    else fixed.push(d);
  }
  return { introduced: [...unmatched.values()].flat().sort(compareDiagnostics), fixed: fixed.sort(compareDiagnostics) };
}

function compareSystem(
  before: CatalogSystem, after: CatalogSystem, newId: (id: string) => string,
  readinessBefore: SystemReadiness | undefined, readinessAfter: SystemReadiness | undefined,
): SystemChange {
  const fields: FieldChange[] = [];
  for (const field of HEADLINE_FIELDS) {
    const a = before.data[field] ?? null;
    const b = after.data[field] ?? null;
    if (a !== b) fields.push({ field, before: a, after: b });
  }
  const keys = new Set([...Object.keys(before.data), ...Object.keys(after.data)]);
  const skip = new Set<string>([...HEADLINE_FIELDS, 'depends_on']);
  const otherFields = [...keys].filter((k) => !skip.has(k) && !sameValue(before.data[k as keyof typeof before.data], after.data[k as keyof typeof after.data])).sort();

  const was = new Map(before.dependencies.map((d) => [newId(d.id), d.strength]));
  const now = new Map(after.dependencies.map((d) => [d.id, d.strength]));
  const dependencies: DependencyChanges = {
    added: [...now].filter(([id]) => !was.has(id)).map(([id, strength]) => ({ id, strength })),
    removed: [...was].filter(([id]) => !now.has(id)).map(([id, strength]) => ({ id, strength })),
    strength: [...now].filter(([id, s]) => was.has(id) && was.get(id) !== s).map(([id, s]) => ({ id, before: was.get(id)!, after: s })),
  };
  const levelBefore = readinessBefore?.level ?? null;
  const levelAfter = readinessAfter?.level ?? null;
  return {
    system: systemRef(after),
    fields,
    dependencies,
    otherFields,
    body: before.body !== after.body,
    ...(levelBefore !== levelAfter ? { readiness: { before: levelBefore, after: levelAfter } } : {}),
  };
}

function isChange(change: SystemChange): boolean {
  const d = change.dependencies;
  return change.fields.length + change.otherFields.length + d.added.length + d.removed.length + d.strength.length > 0
    || change.body || change.readiness !== undefined;
}

function changeImpact(side: DiffSide, id: string, change: ChangeImpact['change']): ChangeImpact {
  const entries = findImpact(side.graph, id);
  return {
    id,
    change,
    dependents: entries.map((e) => e.id),
    hard: entries.filter((e) => e.hard).length,
    teams: countTeams(entries.map((e) => side.byId.get(e.id)!.data.owner)),
  };
}

function countTeams(owners: Iterable<string>): { id: string; systems: number }[] {
  const counts = new Map<string, number>();
  for (const owner of owners) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  return [...counts].map(([id, systems]) => ({ id, systems })).sort((a, b) => b.systems - a.systems || (a.id < b.id ? -1 : 1));
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
