import type { Mutation } from './mutate-text.ts';
import type { Scenario } from './build-scenario.ts';

/**
 * Inputs that broke a property once (issue 7's list, and what this fuzzer found beyond it): every run of the
 * suite checks them first, whatever the seed, so they stay fixed.
 */
const DOCS = ['aus.md', 'dns.md', 'balrog.md', 'mozilla-datacenters.md', 'taskcluster.md'];

function docCase(...mutations: Mutation[]): Scenario {
  return { docs: DOCS, target: { kind: 'doc', name: 'aus.md' }, mutations, plant: { doc: 'dns.md', kind: 'dependency' }, plantTeam: true };
}

function teamsCase(...mutations: Mutation[]): Scenario {
  return { docs: DOCS, target: { kind: 'teams' }, mutations, plant: { doc: 'dns.md', kind: 'dependency' }, plantTeam: false };
}

function configCase(base: string, ...mutations: Mutation[]): Scenario {
  return { docs: DOCS, target: { kind: 'config', base }, mutations, plant: { doc: 'dns.md', kind: 'field' }, plantTeam: true };
}

/** Key index 1 is `summary:` in every example doc (index 0 is `name:`). */
const SUMMARY = 1;

/** A line in the body of `aus.md` (its front matter ends on line 97). */
const BODY_LINE = 110;

/** Known failures of a doc: aliases that crash, nesting and lines that take super-linear time. */
export const PINNED_DOCS: Scenario[] = [
  docCase({ op: 'alias', kind: 'undefined', key: SUMMARY, other: 0 }),
  docCase({ op: 'alias', kind: 'forward', key: SUMMARY, other: 3 }),
  docCase({ op: 'many-aliases', key: SUMMARY, count: 101 }),
  docCase({ op: 'alias-bomb', line: 1, levels: 9, fanout: 9 }),
  docCase({ op: 'nest-yaml', key: SUMMARY, style: 'flow-seq', depth: 1000 }),
  docCase({ op: 'nest-yaml', key: SUMMARY, style: 'flow-map', depth: 10_000 }),
  docCase({ op: 'nest-yaml', key: SUMMARY, style: 'block-seq', depth: 12_000 }),
  docCase({ op: 'huge-line', line: BODY_LINE, unit: 'token=', times: 40_000, suffix: '"x' }),
  docCase({ op: 'huge-line', line: BODY_LINE, unit: 'a.', times: 100_000, suffix: '' }),
  docCase({ op: 'huge-line', line: BODY_LINE, unit: 'https://a:', times: 20_000, suffix: '' }),
  docCase({ op: 'nest-markdown', line: 0, style: 'quote', depth: 40_000 }),
  docCase({ op: 'nest-markdown', line: 0, style: 'quote-list', depth: 10_000 }),
  docCase({ op: 'many-keys', line: 1, count: 40_000 }),
  // `Dns.md` next to `dns.md`: the collision must not hide `dns.md`'s own problems.
  { ...docCase({ op: 'truncate', at: 10 }), plant: { doc: 'dns.md', kind: 'field' }, caseTwin: true },
];

/** Known failures of `teams.yaml`. */
export const PINNED_TEAMS: Scenario[] = [
  teamsCase({ op: 'alias', kind: 'undefined', key: 1, other: 0 }),
  teamsCase({ op: 'alias', kind: 'forward', key: 1, other: 4 }),
  teamsCase({ op: 'many-aliases', key: 1, count: 101 }),
  teamsCase({ op: 'nest-yaml', key: 1, style: 'block-seq', depth: 12_000 }),
  teamsCase({ op: 'many-keys', line: 0, count: 20_000 }),
];

const README_CONFIG = 'site:\n  title: RelEng field guide\n  base: /fieldguide/\ncheck:\n  review_max_age_days: 180\n';

/** Known failures of the config file. */
export const PINNED_CONFIG: Scenario[] = [
  configCase(README_CONFIG, { op: 'alias', kind: 'undefined', key: 1, other: 0 }),
  configCase(README_CONFIG, { op: 'nest-yaml', key: 1, style: 'flow-map', depth: 10_000 }),
  configCase(README_CONFIG, { op: 'nest-yaml', key: 1, style: 'block-seq', depth: 12_000 }),
  configCase('', { op: 'many-keys', line: 0, count: 20_000 }),
];
