import type { ReadinessCriterion, ReadinessLevel, ReadinessRequirement } from '../types/config.ts';

/** The ility categories criteria are grouped under, in the order the site shows them. */
export const READINESS_CATEGORIES = [
  'documentation', 'maintainability', 'observability', 'reliability', 'security', 'scalability', 'fault_tolerance',
] as const satisfies readonly ReadinessCriterion['category'][];

/** Systems that run and can be watched; a library or an external service has no dashboards of its own. */
const RUNNING = ['service', 'website', 'database', 'queue', 'storage', 'infrastructure'] as const;

/**
 * Bronze: anyone can tell what it is, who knows it and how to reach them.
 * Silver: an on-call engineer who has never seen it can keep it running.
 * Gold: every ility is assessed and passing, and failure handling has been exercised.
 */
export const DEFAULT_LEVELS: ReadinessLevel[] = [
  { id: 'bronze', name: 'Bronze', description: 'Known: what it is, where it runs, who knows it and how to get access are written down.' },
  { id: 'silver', name: 'Silver', description: 'Operable: an on-call engineer who has never seen it can tell whether it is healthy and keep it running.' },
  { id: 'gold', name: 'Gold', description: 'Proven: every ility is assessed and passing, and failure handling has been exercised recently.' },
];

/** The default criteria: each is a question the team's past outages showed nobody could answer in time. */
export const DEFAULT_CRITERIA: ReadinessCriterion[] = [
  { id: 'overview', level: 'bronze', category: 'documentation', title: 'An Overview section says what it is and who uses it.', check: { section: 'Overview' } },
  { id: 'contacts', level: 'bronze', category: 'documentation', title: 'Contacts say where to ask and whom to escalate to.', check: { field: 'contacts' } },
  { id: 'dependencies-listed', level: 'bronze', category: 'documentation', title: 'Its dependencies are listed (`depends_on: []` when there are none).', check: { field: 'depends_on' } },
  { id: 'runs-on', level: 'bronze', category: 'documentation', title: 'Where it runs is written down.', check: { field: 'runs_on' } },
  { id: 'named-expert', level: 'bronze', category: 'maintainability', title: 'At least one person who knows it is named.', check: { min_experts: 1 } },
  { id: 'access-documented', level: 'bronze', category: 'security', title: 'How to get access, and who grants it, is documented.', check: { field: 'access' } },

  { id: 'runbook', level: 'silver', category: 'documentation', title: 'A Runbook section says what to do when it breaks.', check: { section: 'Runbook' } },
  { id: 'recently-reviewed', level: 'silver', category: 'documentation', title: 'The doc was checked against reality recently.', check: { reviewed: true } },
  { id: 'two-experts', level: 'silver', category: 'maintainability', title: 'At least two experts, so the knowledge is not in one head.', check: { min_experts: 2 } },
  { id: 'health-defined', level: 'silver', category: 'observability', title: 'What healthy looks like is written down.', check: { field: 'monitoring.healthy' } },
  { id: 'alerts', level: 'silver', category: 'observability', title: 'Alerts fire when it is unhealthy, and say what to do first.', check: { field: 'monitoring.alerts' }, applies_to: { kinds: [...RUNNING] } },
  { id: 'failure-modes', level: 'silver', category: 'reliability', title: 'Known failure modes are described, with their mitigation.', check: { min_failure_modes: 1 } },
  { id: 'security-assessed', level: 'silver', category: 'security', title: 'Security (access control, secrets, exposure) is assessed and passes.', check: { ility: 'security' } },

  { id: 'dashboards', level: 'gold', category: 'observability', title: 'Dashboards show its state over time.', check: { field: 'monitoring.dashboards' }, applies_to: { kinds: [...RUNNING] } },
  { id: 'capacity-limits', level: 'gold', category: 'scalability', title: 'Known capacity limits, and what happens past them, are written down.', check: { field: 'capacity.limits' } },
  { id: 'scalability', level: 'gold', category: 'scalability', title: 'Scalability is assessed and passes.', check: { ility: 'scalability' } },
  { id: 'maintainability', level: 'gold', category: 'maintainability', title: 'Maintainability is assessed and passes.', check: { ility: 'maintainability' } },
  { id: 'reliability', level: 'gold', category: 'reliability', title: 'Reliability is assessed and passes.', check: { ility: 'reliability' } },
  { id: 'availability', level: 'gold', category: 'reliability', title: 'Availability is assessed and passes.', check: { ility: 'availability' } },
  { id: 'observability', level: 'gold', category: 'observability', title: 'Observability is assessed and passes.', check: { ility: 'observability' } },
  { id: 'fault-tolerance', level: 'gold', category: 'fault_tolerance', title: 'Fault tolerance and isolation are assessed and pass.', check: { ility: 'fault_tolerance' } },
  { id: 'failure-modes-exercised', level: 'gold', category: 'fault_tolerance', title: 'Every failure mode was exercised recently (game day, chaos test or real incident).', check: { failure_modes_exercised: true } },
];

/** The more an outage costs, the higher the level: a tier-1 production system must be proven, a tier-4 one known. */
export const DEFAULT_REQUIRED: ReadinessRequirement[] = [
  { tiers: [1], lifecycles: ['production'], level: 'gold' },
  { tiers: [2], lifecycles: ['production'], level: 'silver' },
  { lifecycles: ['production'], level: 'bronze' },
];
