import { describe } from 'vitest';
import { scenario } from './build-scenario.ts';
import { fuzzScenarios } from './fuzz-scenarios.ts';
import { PINNED_DOCS } from './pinned-scenarios.ts';

describe('fuzz: one mutated example doc among 3-5 others', () => {
  fuzzScenarios('never crashes, places every diagnostic inside its file, hides nothing, repeats itself (core)', scenario('doc'), 'core', 100, PINNED_DOCS);
});
