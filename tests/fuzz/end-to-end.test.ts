import fc from 'fast-check';
import { describe } from 'vitest';
import { scenario } from './build-scenario.ts';
import { configBase } from './config-base.ts';
import { fuzzScenarios } from './fuzz-scenarios.ts';

describe('fuzz: the whole CLI, `check --format json` on a temporary folder', () => {
  const any = fc.oneof({ arbitrary: scenario('doc'), weight: 3 }, scenario('teams'), scenario('config', configBase));
  fuzzScenarios('never exits 2, places every diagnostic inside its file, hides nothing, prints the same bytes twice', any, 'cli', 12);
});
