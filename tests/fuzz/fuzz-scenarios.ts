import fc from 'fast-check';
import { afterAll, it } from 'vitest';
import { assertProperty, readFuzzSettings, unlessIgnored } from './fuzz-settings.ts';
import { buildScenario, type Scenario } from './build-scenario.ts';
import { checkProperties, RUN_LIMIT_MS } from './check-properties.ts';
import { WorkerRunner } from './run-in-worker.ts';

/** Longest wait for a scenario's two runs (plus a worker's start) before it counts as a hang. */
const SCENARIO_LIMIT_MS = { core: 4 * RUN_LIMIT_MS, cli: 6 * RUN_LIMIT_MS };

/**
 * Registers a test asserting properties (a)-(d) on `runs` scenarios, each run twice in a worker thread through the
 * core (`analyzeCatalog`, as the CLI calls it) or the whole CLI (`check --format json` on a temporary folder);
 * the `pinned` scenarios (past failures) run first.
 */
export function fuzzScenarios(title: string, scenarios: fc.Arbitrary<Scenario>, mode: 'core' | 'cli', runs: number, pinned: readonly Scenario[] = []): void {
  const runner = new WorkerRunner();
  afterAll(() => runner.close());
  const { timeLimitMs } = readFuzzSettings();
  it(title, async () => {
    await assertProperty(
      fc.asyncProperty(scenarios, async (s) => {
        const built = buildScenario(s);
        const outcome = await runner.run({ mode, built }, SCENARIO_LIMIT_MS[mode]);
        unlessIgnored(() => {
          try {
            checkProperties(built, outcome);
          } catch (error) {
            throw new Error(`${(error as Error).message}\n  mutated ${built.change}`);
          }
        });
      }),
      runs,
      pinned.map((s): [Scenario] => [s]),
    );
  }, timeLimitMs + 10 * SCENARIO_LIMIT_MS[mode]);
}
