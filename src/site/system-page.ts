import type { Edge } from '../core/graph/build-graph.ts';
import { findImpact, type ImpactEntry } from '../core/graph/find-impact.ts';
import { ILITIES } from '../core/config/default-gates.ts';
import { selectNeighbourhood } from '../core/render/select-neighbourhood.ts';
import { toMermaid } from '../core/render/to-mermaid.ts';
import { daysBetween } from '../core/validate/check-gate.ts';
import { diagramHref } from './diagram/diagram-href.ts';
import { renderDiagramSvg } from './diagram/render-diagram-svg.ts';
import type { SiteModel } from './site-model.ts';
import type { SystemRecord } from './system-record.ts';
import type { Extensions } from '../core/validate/check-extensions.ts';
import { safeHref } from './safe-href.ts';

/** One row of the "depends on" or "depended on by" table. */
export interface EdgeRow {
  /** The system at the other end. */
  id: string;
  name: string;
  /** False for a dependency on an id that is not in the catalog (only when `unknown-dependency` is turned off). */
  known: boolean;
  strength: 'hard' | 'soft';
  protocol?: string;
  usage?: string;
}

/** One ility of the scorecard. */
export interface IlityRow {
  ility: string;
  status: 'pass' | 'fail' | 'n/a' | 'unknown';
  notes?: string;
}

/** One failure mode with how long ago it was exercised. */
export interface FailureModeRow {
  scenario: string;
  impact: string;
  mitigation: string;
  lastExercised?: string;
  daysAgo?: number;
  /** Never exercised, or longer ago than the configured age. */
  overdue: boolean;
}

/** One team field (`x-…` key) of the front matter, as the "Team fields" block shows it. */
export interface TeamFieldRow {
  /** The key as written (`x-cost-center`). */
  key: string;
  /** The config's `title` for it, or the key in words (`Cost center`). */
  label: string;
  /** The value as text: a list joined by commas, a mapping as JSON. */
  value: string;
  /** A link target, when the value is a URL the site may link to. */
  href?: string;
}

/** Everything a system page shows beyond the record itself, computed before the template renders. */
export interface SystemPageData {
  record: SystemRecord;
  teamName: string;
  diagram: { svg: string; mermaid: string; title: string };
  dependsOn: EdgeRow[];
  dependedOnBy: EdgeRow[];
  /** Transitive dependents that fail with it (every edge on the path is hard). */
  breaks: ImpactEntry[];
  /** Transitive dependents reached only through a soft dependency: they degrade. */
  degrades: ImpactEntry[];
  ilities: IlityRow[];
  failureModes: FailureModeRow[];
  /** The doc's team fields, in the order written. */
  teamFields: TeamFieldRow[];
}

/**
 * Computes a system page's tables, impact and diagram from the site model. `extensions` are the config's schemas for
 * team fields, for their titles.
 */
export function systemPageData(model: SiteModel, id: string, base: string, extensions: Extensions = {}): SystemPageData {
  const record = model.byId.get(id)!;
  const neighbourhood = selectNeighbourhood(model.graph, id, model.nameOf);
  const row = (other: string, edge: Pick<Edge, 'strength' | 'protocol' | 'usage'>, known = true): EdgeRow => ({
    id: other, name: model.nameOf(other), known, strength: edge.strength,
    ...(edge.protocol ? { protocol: edge.protocol } : {}), ...(edge.usage ? { usage: edge.usage } : {}),
  });
  const seen = new Set<string>();
  const dependsOn = record.dependencies.filter((d) => d.id !== id && !seen.has(d.id) && seen.add(d.id)).map((d) => row(d.id, d, d.known));
  const dependedOnBy = (model.graph.in.get(id) ?? []).map((e) => row(e.from, e));
  const impact = findImpact(model.graph, id);
  const { data } = record;
  return {
    record,
    teamName: model.teamName(data.owner),
    diagram: {
      svg: renderDiagramSvg(neighbourhood, { id: 'relationships-diagram', href: diagramHref(base, id), fit: true }),
      mermaid: toMermaid(neighbourhood),
      title: neighbourhood.title,
    },
    dependsOn,
    dependedOnBy,
    breaks: impact.filter((e) => e.hard),
    degrades: impact.filter((e) => !e.hard),
    ilities: data.ilities === undefined ? [] : ILITIES.map((ility) => {
      const entry = data.ilities?.[ility];
      return { ility, status: entry?.status ?? 'unknown', ...(entry?.notes ? { notes: entry.notes } : {}) };
    }),
    failureModes: (data.failure_modes ?? []).map((mode) => {
      const daysAgo = mode.last_exercised ? daysBetween(mode.last_exercised, model.meta.today) : undefined;
      return {
        scenario: mode.scenario, impact: mode.impact, mitigation: mode.mitigation,
        ...(mode.last_exercised ? { lastExercised: mode.last_exercised, daysAgo } : {}),
        overdue: daysAgo === undefined || daysAgo > model.meta.failureModeMaxAgeDays,
      };
    }),
    teamFields: readTeamFields(data, extensions),
  };
}

/** The top-level `x-` fields of a doc, labelled, as text, with a link when the value is a linkable URL. */
export function readTeamFields(data: object, extensions: Extensions = {}): TeamFieldRow[] {
  return Object.entries(data).filter(([key]) => key.startsWith('x-')).map(([key, raw]) => {
    const value = showValue(raw);
    const href = typeof raw === 'string' ? safeHref(raw) : undefined;
    return { key, label: extensions[key]?.title ?? words(key.slice(2)), value, ...(href ? { href } : {}) };
  });
}

/** `cost-center` -> `Cost center`. */
function words(name: string): string {
  const text = name.replaceAll('-', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function showValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) return value.map(String).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
