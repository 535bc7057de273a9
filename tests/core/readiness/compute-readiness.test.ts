import { describe, expect, it } from 'vitest';
import { analyze, productionDoc } from '../../helpers/make-catalog.ts';
import { computeReadiness, type SystemReadiness } from '../../../src/core/readiness/compute-readiness.ts';
import { resolveConfig } from '../../../src/core/config/resolve-config.ts';
import type { ConfigFile } from '../../../src/core/types/config.ts';

const readinessOf = (doc: string, config?: ConfigFile): SystemReadiness => analyze({ a: doc }, { ...(config ? { config } : {}) }).readiness.get('a')!;
const statuses = (r: SystemReadiness) => r.criteria.map((c) => `${c.level} ${c.category} ${c.id}: ${c.status}${c.detail ? ` (${c.detail})` : ''}`);

describe('computeReadiness', () => {
  it('grades every default criterion of a complete production doc, grouped by ility category', () => {
    const result = readinessOf(productionDoc());
    expect(statuses(result)).toMatchInlineSnapshot(`
      [
        "bronze documentation overview: pass",
        "bronze documentation contacts: pass",
        "bronze documentation dependencies-listed: pass",
        "bronze documentation runs-on: pass",
        "bronze maintainability named-expert: pass",
        "bronze security access-documented: pass",
        "silver documentation runbook: pass",
        "silver documentation recently-reviewed: pass",
        "silver maintainability two-experts: pass",
        "silver observability health-defined: pass",
        "silver observability alerts: pass",
        "silver reliability failure-modes: pass",
        "silver security security-assessed: pass",
        "gold observability dashboards: pass",
        "gold scalability capacity-limits: fail (\`capacity.limits\` is missing or empty.)",
        "gold scalability scalability: pass",
        "gold maintainability maintainability: pass",
        "gold reliability reliability: pass",
        "gold reliability availability: pass",
        "gold observability observability: pass",
        "gold fault_tolerance fault-tolerance: n/a (\`ilities.fault_tolerance\` is \`n/a\`.)",
        "gold fault_tolerance failure-modes-exercised: pass",
      ]
    `);
    expect(result).toMatchObject({ level: 'silver', next: 'gold', required: 'silver', meetsRequired: true, toRequired: [] });
    expect(result.toNext).toEqual([
      { id: 'capacity-limits', title: 'Known capacity limits, and what happens past them, are written down.', category: 'scalability', level: 'gold', status: 'fail', detail: '`capacity.limits` is missing or empty.' },
    ]);
  });

  it('reaches gold when every criterion passes or does not apply, and then has no next level', () => {
    const result = readinessOf(productionDoc({ extra: 'capacity:\n  expected_load: 10 rps\n  limits: 100 rps\n' }));
    expect(result).toMatchObject({ level: 'gold', next: null, toNext: [] });
  });

  it('reaches a level only when every lower level passes too', () => {
    const noOverview = productionDoc({ body: '\n## How to access\n\nText.\n\n## Runbook\n\nText.\n\n## Failure modes\n\nText.\n' });
    const result = readinessOf(noOverview);
    expect(result).toMatchObject({ level: null, next: 'bronze', meetsRequired: false });
    expect(result.toNext.map((c) => c.id)).toEqual(['overview']);
    expect(result.toRequired.map((c) => `${c.id}: ${c.status}`)).toEqual(['overview: fail']);
  });

  it('shows not-yet-assessed, failing and not-applicable ilities as such', () => {
    const doc = productionDoc({ extra: '' })
      .replace('security: { status: pass }', 'security: { status: unknown }')
      .replace('scalability: { status: pass }', 'scalability: { status: fail, notes: Single host. }')
      .replace('  reliability: { status: pass }\n', '');
    const result = readinessOf(doc);
    expect(result.criteria.filter((c) => ['security-assessed', 'scalability', 'reliability', 'fault-tolerance'].includes(c.id)).map((c) => `${c.id}: ${c.status} (${c.detail})`)).toEqual([
      'security-assessed: not-assessed (`ilities.security` is `unknown`.)',
      'scalability: fail (`ilities.scalability` is `fail`.)',
      'reliability: not-assessed (`ilities.reliability` is missing.)',
      'fault-tolerance: n/a (`ilities.fault_tolerance` is `n/a`.)',
    ]);
    expect(result.level).toBe('bronze');
  });

  it('counts the review and failure-mode ages against the check settings', () => {
    const doc = productionDoc().replace('last_reviewed: 2026-10-01', 'last_reviewed: 2025-10-01').replace('last_exercised: 2026-10-01', 'last_exercised: 2025-01-01');
    const result = readinessOf(doc, { check: { review_max_age_days: 365 } });
    expect(result.criteria.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.detail}`)).toEqual([
      'recently-reviewed: Last reviewed 421 days ago; the limit is 365.',
      'capacity-limits: `capacity.limits` is missing or empty.',
      'failure-modes-exercised: 1 of 1 failure modes not exercised in the last 365 days.',
    ]);
  });

  it('does not ask a library for dashboards or alerts', () => {
    const result = readinessOf(productionDoc().replace('kind: service', 'kind: library'));
    expect(result.criteria.filter((c) => c.status === 'n/a').map((c) => `${c.id}: ${c.detail}`)).toEqual([
      'alerts: Applies only to services, websites, databases, queues, storage systems or infrastructure systems.',
      'dashboards: Applies only to services, websites, databases, queues, storage systems or infrastructure systems.',
      'fault-tolerance: `ilities.fault_tolerance` is `n/a`.',
    ]);
  });

  it('requires the level of the first `required` entry that matches the tier and lifecycle', () => {
    const required = (options: Parameters<typeof productionDoc>[0]) => {
      const r = readinessOf(productionDoc(options));
      return `${r.required} ${r.meetsRequired}`;
    };
    expect(required({ tier: 1 })).toBe('gold false');
    expect(required({ tier: 2 })).toBe('silver true');
    expect(required({ tier: 4 })).toBe('bronze true');
    expect(required({ tier: 1, lifecycle: 'experimental' })).toBe('null true');
  });

  it('uses levels, criteria and requirements from the config', () => {
    const config: ConfigFile = {
      readiness: {
        levels: [{ id: 'basic', name: 'Basic' }, { id: 'solid', name: 'Solid' }],
        criteria: [
          { id: 'runbook', level: 'basic', category: 'documentation', title: 'Has a runbook.', check: { section: 'runbook' } },
          { id: 'limits', level: 'solid', category: 'scalability', title: 'Limits known.', check: { field: 'capacity.limits' }, applies_to: { tiers: [1] } },
        ],
        required: [{ kinds: ['service'], level: 'solid' }],
      },
    };
    expect(readinessOf(productionDoc({ tier: 2 }), config)).toMatchObject({ level: 'solid', next: null, required: 'solid', meetsRequired: true });
    expect(readinessOf(productionDoc({ tier: 1 }), config)).toMatchObject({ level: 'basic', next: 'solid', meetsRequired: false });
  });

  it('is the function the site calls, with the resolved config and a date', () => {
    const system = analyze({ a: productionDoc() }).byId.get('a')!;
    expect(computeReadiness(system, resolveConfig(), '2026-11-26').level).toBe('silver');
    expect(computeReadiness(system, resolveConfig(), '2027-11-26').level).toBe('bronze');
  });
});
