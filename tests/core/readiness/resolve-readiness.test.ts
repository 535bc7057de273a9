import { describe, expect, it } from 'vitest';
import { readConfig, resolveConfig } from '../../../src/core/config/resolve-config.ts';
import { resolveReadiness } from '../../../src/core/readiness/resolve-readiness.ts';
import { DEFAULT_CRITERIA, DEFAULT_LEVELS, DEFAULT_REQUIRED } from '../../../src/core/readiness/default-readiness.ts';
import { brief } from '../../helpers/make-catalog.ts';
import { applySeverity } from '../../../src/core/analyze-catalog.ts';

const read = (yaml: string) => {
  const { config, findings } = readConfig('fieldguide.config.yaml', new TextEncoder().encode(yaml));
  return { config, problems: brief(applySeverity(findings, resolveConfig())) };
};

describe('readiness config', () => {
  it('defaults to bronze, silver and gold with 22 criteria and three requirements', () => {
    expect(resolveConfig().readiness).toEqual({ levels: DEFAULT_LEVELS, criteria: DEFAULT_CRITERIA, required: DEFAULT_REQUIRED });
    expect(DEFAULT_CRITERIA).toHaveLength(22);
    expect(resolveReadiness().problems).toEqual([]);
  });

  it('replaces only the parts the config gives', () => {
    const { config, problems } = read('readiness:\n  required:\n    - { lifecycles: [production, experimental], level: silver }\n');
    expect(problems).toEqual([]);
    expect(config.readiness.levels).toEqual(DEFAULT_LEVELS);
    expect(config.readiness.required).toEqual([{ lifecycles: ['production', 'experimental'], level: 'silver' }]);
  });

  it('reports unknown levels, duplicate ids and criteria with two checks at their place, and leaves them out', () => {
    const { config, problems } = read(`readiness:
  criteria:
    - { id: runbook, level: silvr, category: documentation, title: Runbook., check: { section: Runbook } }
    - { id: runbook, level: gold, category: documentation, title: Again., check: { section: Runbook } }
    - { id: both, level: gold, category: observability, title: Two., check: { field: monitoring, section: Monitoring } }
    - { id: fine, level: gold, category: observability, title: Fine., check: { field: monitoring } }
  required:
    - { tiers: [1], level: platinum }
`);
    expect(problems).toEqual([
      'fieldguide.config.yaml:3:29 error config: The criterion `runbook` names the level `silvr`, which is not in `readiness.levels`. (Did you mean `silver`?)',
      'fieldguide.config.yaml:4:13 error config: The criterion id `runbook` is used twice in `readiness.criteria`.',
      'fieldguide.config.yaml:5:77 error config: The criterion `both` has 2 checks (`field`, `section`); give exactly one. (Split it into one criterion per check.)',
      'fieldguide.config.yaml:8:28 error config: `readiness.required[0]` names the level `platinum`, which is not in `readiness.levels`. (Use one of `bronze`, `silver`, `gold`.)',
    ]);
    expect(config.readiness.criteria.map((c) => c.id)).toEqual(['fine']);
    expect(config.readiness.required).toEqual([]);
  });

  it('asks for criteria and requirements when the levels are replaced', () => {
    const { problems } = read('readiness:\n  levels:\n    - { id: one, name: One }\n');
    expect(problems).toEqual([
      'fieldguide.config.yaml:2:3 error config: Custom `readiness.levels` replace the default levels, which the default criteria and requirements use. (Give `readiness.criteria` and `readiness.required` for your levels too.)',
    ]);
  });

  it('rejects a criterion with an unknown check or category through the schema', () => {
    const { problems } = read('readiness:\n  criteria:\n    - { id: x, level: gold, category: speed, title: X., check: { fields: a } }\n');
    expect(problems).toEqual([
      'fieldguide.config.yaml:3:66 error config: Unexpected field `fields` in `readiness.criteria[0].check`. (Did you mean `field`?)',
      'fieldguide.config.yaml:3:39 error config: Unexpected `speed` for `readiness.criteria[0].category`, expected one of `scalability`, `maintainability`, `reliability`, `observability`, `security`, `fault_tolerance`, `documentation`.',
    ].sort());
  });
});
