import type { Graph } from '../graph/build-graph.ts';
import type { Diagram, DiagramGroup, DiagramNode } from './diagram.ts';
import { teamLabels, type MapSystem, type MapTeam } from './map-input.ts';

/** A shared system drawn as a badge: its short code, and how many systems depend on it. */
export interface SharedBadge {
  systemId: string;
  label: string;
  /** Two to four letters, unique on the map. */
  code: string;
  dependents: number;
}

/** A dependency on a shared system, drawn as a badge on the dependent's box. */
export interface BadgeUse {
  code: string;
  systemId: string;
  strength: 'hard' | 'soft';
}

/** The whole-catalog map: a diagram, plus the shared systems drawn as badges and, per box, the badges it carries. */
export interface CatalogMap extends Diagram {
  shared: SharedBadge[];
  /** Badges by node key, in the order of `shared`. */
  badges: Map<string, BadgeUse[]>;
}

/**
 * Every system and every edge, each system drawn inside its owner team's group. Dependencies on a `shared` system
 * (DNS, data centres) become a badge on the dependent's box instead of an arrow. Meant for small catalogs.
 */
export function selectCatalogMap(graph: Graph, systems: readonly MapSystem[], teams: readonly MapTeam[], shared: ReadonlySet<string> = new Set()): CatalogMap {
  const labelOfTeam = teamLabels(teams);
  const owners = [...new Set(systems.map((s) => s.team))].sort();
  const groups: DiagramGroup[] = owners.map((team, i) => ({ key: `g${i}`, label: labelOfTeam(team), teamId: team }));
  const groupOf = new Map(owners.map((team, i) => [team, `g${i}`]));
  const sorted = [...systems].sort((a, b) => (a.team === b.team ? (a.id < b.id ? -1 : 1) : a.team < b.team ? -1 : 1));
  const keyOf = new Map<string, string>();
  const nodes: DiagramNode[] = sorted.map((system, i) => {
    keyOf.set(system.id, `n${i}`);
    return { key: `n${i}`, label: system.label, role: 'system', systemId: system.id, group: groupOf.get(system.team)! };
  });
  const inMap = graph.edges.filter((e) => keyOf.has(e.from) && keyOf.has(e.to));
  const labelOf = new Map(systems.map((s) => [s.id, s.label]));
  const badgeSystems = [...shared].filter((id) => keyOf.has(id))
    .map((id) => ({ systemId: id, label: labelOf.get(id)!, dependents: inMap.filter((e) => e.to === id).length }))
    .sort((a, b) => b.dependents - a.dependents || (a.systemId < b.systemId ? -1 : 1));
  const codes = badgeCodes(badgeSystems.map((s) => s.label));
  const badgeList: SharedBadge[] = badgeSystems.map((s, i) => ({ ...s, code: codes[i]! }));
  const codeOf = new Map(badgeList.map((b) => [b.systemId, b.code]));
  const badges = new Map<string, BadgeUse[]>();
  for (const e of inMap) {
    const code = codeOf.get(e.to);
    if (code === undefined) continue;
    const key = keyOf.get(e.from)!;
    badges.set(key, [...(badges.get(key) ?? []), { code, systemId: e.to, strength: e.strength }]);
  }
  const order = new Map(badgeList.map((b, i) => [b.systemId, i]));
  for (const list of badges.values()) list.sort((a, b) => order.get(a.systemId)! - order.get(b.systemId)!);
  const edges = inMap
    .filter((e) => !codeOf.has(e.to))
    .map((e) => ({ from: keyOf.get(e.from)!, to: keyOf.get(e.to)!, strength: e.strength }));
  const drawnAsBadges = inMap.length - edges.length;
  return {
    title: `All ${systems.length} systems and ${inMap.length} dependencies, grouped by owner team`
      + (drawnAsBadges > 0 ? `; ${drawnAsBadges} dependencies on shared infrastructure are drawn as badges on the boxes.` : '.'),
    nodes,
    edges,
    groups,
    shared: badgeList,
    badges,
  };
}

/**
 * Short codes for badges, from the name without any parenthesised part: up to four capitals as they are (DNS), the
 * initials of several words (Mozilla data centers: MDC), or a one-word name's first part (hg.mozilla.org: HG, up to
 * three letters); a repeated code gets a number.
 */
export function badgeCodes(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const plain = label.replace(/\([^)]*\)/g, ' ').trim();
    const words = plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const first = (words[0] ?? '?').split(/[^\p{L}\p{N}]+/u).find((part) => part !== '') ?? '?';
    let code = /^[\p{Lu}\p{N}]{2,4}$/u.test(plain) ? plain
      : words.length > 1 ? words.slice(0, 3).map((w) => w.match(/[\p{L}\p{N}]/u)![0]).join('').toUpperCase()
        : first.slice(0, 3).toUpperCase();
    const n = (seen.get(code) ?? 0) + 1;
    seen.set(code, n);
    if (n > 1) code = `${code}${n}`;
    return code;
  });
}
