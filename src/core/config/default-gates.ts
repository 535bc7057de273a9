import type { SystemData } from '../types/system.ts';
import type { Gate } from '../types/config.ts';

/** The lifecycles, from first to last. */
export const LIFECYCLES = ['proposed', 'experimental', 'production', 'deprecated', 'retired'] as const satisfies readonly SystemData['lifecycle'][];

/** The ilities, in the order the site shows them. */
export const ILITIES = ['scalability', 'maintainability', 'reliability', 'availability', 'security', 'observability', 'fault_tolerance'] as const satisfies readonly (keyof NonNullable<SystemData['ilities']>)[];

/**
 * What a doc must contain at each lifecycle, unless the project's config replaces a gate.
 * A proposal answers the questions a team must settle before building; production needs everything
 * an on-call engineer who has never seen the system would need.
 */
export const DEFAULT_GATES: Record<SystemData['lifecycle'], Gate> = {
  proposed: {
    fields: ['runs_on', 'capacity.expected_load', 'data_stores', 'depends_on'],
    sections: ['Overview', 'Open questions'],
    ilities: 'planned',
  },
  experimental: {
    fields: ['tier', 'kind', 'contacts', 'runs_on', 'depends_on'],
    sections: ['Overview'],
    min_experts: 1,
  },
  production: {
    fields: ['tier', 'kind', 'contacts', 'runs_on', 'depends_on', 'access', 'monitoring', 'review'],
    sections: ['Overview', 'How to access', 'Runbook', 'Failure modes'],
    min_experts: 2,
    ilities: 'assessed',
    min_failure_modes: 1,
  },
  deprecated: {
    sections: ['Overview'],
    replacement: true,
  },
  retired: {
    sections: ['Overview'],
  },
};
