import { describe } from 'vitest';
import { scenario } from './build-scenario.ts';
import { configBase } from './config-base.ts';
import { fuzzScenarios } from './fuzz-scenarios.ts';
import { PINNED_CONFIG } from './pinned-scenarios.ts';

describe('fuzz: a mutated fieldguide.config.yaml', () => {
  fuzzScenarios('never crashes, places every diagnostic inside its file, hides nothing, repeats itself (core)', scenario('config', configBase), 'core', 40, PINNED_CONFIG);
});
