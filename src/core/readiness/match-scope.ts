import type { CatalogSystem } from '../model.ts';
import type { ReadinessScope } from '../types/config.ts';

/** True when the system is in the scope: every condition given holds (a system with no tier or kind never matches a list of them). */
export function matchScope(system: CatalogSystem, scope: ReadinessScope | undefined): boolean {
  if (!scope) return true;
  const { tier, kind, lifecycle } = system.data;
  if (scope.tiers && (tier === undefined || !scope.tiers.includes(tier))) return false;
  if (scope.kinds && (kind === undefined || !scope.kinds.includes(kind))) return false;
  if (scope.lifecycles && !scope.lifecycles.includes(lifecycle)) return false;
  return true;
}

/** Names a scope the way a sentence needs it: `tier-1 production systems`, `tier-1 or tier-2 services`. */
export function describeScope(scope: ReadinessScope): string {
  const words: string[] = [];
  if (scope.tiers) words.push(orList(scope.tiers.map((t) => `tier-${t}`)));
  if (scope.lifecycles) words.push(orList(scope.lifecycles));
  const nouns = scope.kinds ? orList(scope.kinds.map(pluralKind)) : 'systems';
  return [...words, nouns].join(' ');
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function pluralKind(kind: string): string {
  if (kind === 'library') return 'libraries';
  if (kind === 'infrastructure' || kind === 'storage') return `${kind} systems`;
  if (kind === 'external') return 'external systems';
  return `${kind}s`;
}
