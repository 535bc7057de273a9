import type { Lifecycle } from '../core/model.ts';

/** How each lifecycle is written on the site. */
export const LIFECYCLE_LABEL: Record<Lifecycle, string> = {
  proposed: 'Proposed', experimental: 'Experimental', production: 'Production', deprecated: 'Deprecated', retired: 'Retired',
};

/** How each built-in kind is written on the site (a test keeps its keys equal to the schema's `$defs/builtInKind`). */
export const KIND_LABEL: Readonly<Record<string, string>> = {
  service: 'Service', website: 'Website', database: 'Database', queue: 'Queue', storage: 'Storage', tool: 'Tool',
  library: 'Library', infrastructure: 'Infrastructure', external: 'External',
};

/** How a kind is written on the site: a built-in kind in words, a kind the config adds as its id (`runbook-bot`). */
export function kindLabel(kind: string): string {
  return Object.hasOwn(KIND_LABEL, kind) ? KIND_LABEL[kind]! : kind;
}

/** How each ility is written on the site. */
export const ILITY_LABEL: Record<string, string> = {
  scalability: 'Scalability', maintainability: 'Maintainability', reliability: 'Reliability', availability: 'Availability',
  security: 'Security', observability: 'Observability', fault_tolerance: 'Fault tolerance',
};

/** How each readiness category is written on the site. */
export const CATEGORY_LABEL: Record<string, string> = { ...ILITY_LABEL, documentation: 'Documentation', fault_tolerance: 'Fault tolerance & isolation' };

/** How each readiness criterion outcome is written on the site, in the order tables show them. */
export const CRITERION_STATUS_LABEL = { 'pass': 'Pass', 'fail': 'Fail', 'n/a': 'Not applicable', 'not-assessed': 'Not yet assessed' } as const;

/** How each ility status is written on the site. */
export const STATUS_LABEL: Record<string, string> = { 'pass': 'Pass', 'fail': 'Fail', 'n/a': 'Not applicable', 'unknown': 'Not assessed' };

/** A tier as words: `Tier 1`. */
export function tierLabel(tier: number | undefined): string {
  return tier === undefined ? 'No tier' : `Tier ${tier}`;
}
