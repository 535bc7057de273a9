import fc from 'fast-check';
import { stringify } from 'yaml';
import { RULES } from '../../src/core/rules.ts';

/** The README's example config, without `systems` (a changed `systems` folder is a usage error, exit 2 by design). */
const README_EXAMPLE = `site:
  title: RelEng field guide
  base: /fieldguide/             # serve from a sub-path, e.g. GitHub Pages
  repository: https://github.com/example/fieldguide   # for "Edit this page" links
  branch: main
check:
  review_max_age_days: 180
  rules:
    stale-review: error          # or warning, or off
gates:
  production:                    # replaces the default production gate
    fields: [tier, owner, monitoring]
    sections: [Overview, Runbook]
    min_experts: 2
`;

const LIFECYCLES = ['proposed', 'experimental', 'production', 'deprecated', 'retired'] as const;
const CATEGORIES = ['scalability', 'maintainability', 'reliability', 'observability', 'security', 'fault_tolerance', 'documentation'] as const;
const ILITIES = ['scalability', 'maintainability', 'reliability', 'availability', 'security', 'observability', 'fault_tolerance'] as const;

/** Mostly valid values, sometimes not, so both the schema errors and the semantic checks get exercised. */
const levelId = fc.constantFrom('bronze', 'silver', 'gold', 'platinum', 'Bad Level', '');
const field = fc.constantFrom('tier', 'owner', 'monitoring', 'monitoring.alerts', 'capacity.expected_load', 'depends_on', 'Not-A-Field', 'x..y');
const section = fc.constantFrom('Overview', 'Runbook', 'Failure modes', '', 'runbook');
const count = fc.integer({ min: -1, max: 5 });

const gate = fc.record(
  {
    fields: fc.array(field, { maxLength: 4 }),
    sections: fc.array(section, { maxLength: 3 }),
    min_experts: count,
    ilities: fc.constantFrom('none', 'planned', 'assessed', 'all'),
    min_failure_modes: count,
    replacement: fc.oneof(fc.boolean(), fc.constant('yes')),
  },
  { requiredKeys: [] },
);

const criterion = fc.record(
  {
    id: fc.constantFrom('alerts', 'runbook', 'experts', 'alerts', 'Bad Id'),
    level: levelId,
    category: fc.constantFrom(...CATEGORIES, 'ux'),
    title: fc.constantFrom('Has alerts', ''),
    check: fc.oneof(
      fc.record({ field }),
      fc.record({ section }),
      fc.record({ ility: fc.constantFrom(...ILITIES) }),
      fc.record({ min_experts: count }),
      fc.record({ reviewed: fc.constant(true) }),
      fc.record({ failure_modes_exercised: fc.constant(true), field }),
      fc.constant({}),
    ),
    applies_to: fc.record({ tiers: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }), lifecycles: fc.array(fc.constantFrom(...LIFECYCLES), { maxLength: 2 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: ['id', 'level', 'category', 'title', 'check'] },
);

/** A config built from the schema's keys with mostly valid values. */
const generated: fc.Arbitrary<string> = fc.record(
  {
    site: fc.record(
      {
        title: fc.constantFrom('Field guide', '', '<b>x</b>'),
        base: fc.constantFrom('/', '/docs', '/fieldguide/', 'docs'),
        url: fc.constantFrom('https://example.github.io', 'ftp://x', 'https://'),
        repository: fc.constantFrom('https://github.com/example/fieldguide', 'git@github.com:x/y'),
        branch: fc.constantFrom('main', ''),
      },
      { requiredKeys: [] },
    ),
    check: fc.record(
      {
        review_max_age_days: fc.integer({ min: -1, max: 1000 }),
        failure_mode_max_age_days: fc.integer({ min: -1, max: 1000 }),
        rules: fc.dictionary(fc.constantFrom(...Object.keys(RULES), 'no-such-rule', 'stale-reveiw'), fc.constantFrom('error', 'warning', 'off', 'fatal'), { maxKeys: 4 }),
      },
      { requiredKeys: [] },
    ),
    gates: fc.dictionary(fc.constantFrom(...LIFECYCLES, 'beta'), gate, { maxKeys: 3 }),
    readiness: fc.record(
      {
        levels: fc.array(fc.record({ id: levelId, name: fc.constantFrom('Bronze', 'Gold', '') }), { maxLength: 3 }),
        criteria: fc.array(criterion, { maxLength: 4 }),
        required: fc.array(fc.record({ level: levelId, tiers: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['level'] }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
).map((config) => stringify(config));

/** The text of a config file before mutation: the README's example, or one generated from the schema's keys. */
export const configBase: fc.Arbitrary<string> = fc.oneof(fc.constant(README_EXAMPLE), generated);
