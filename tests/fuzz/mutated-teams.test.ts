import { describe } from 'vitest';
import { scenario } from './build-scenario.ts';
import { fuzzScenarios } from './fuzz-scenarios.ts';
import { PINNED_TEAMS } from './pinned-scenarios.ts';

describe('fuzz: a mutated teams.yaml', () => {
  fuzzScenarios('never crashes, places every diagnostic inside its file, hides nothing, repeats itself (core)', scenario('teams'), 'core', 40, PINNED_TEAMS);
});
