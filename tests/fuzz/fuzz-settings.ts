import fc from 'fast-check';

/** The seed `npm test` always uses, so the suite is reproducible; `npm run fuzz` picks a random one and prints it. */
export const FIXED_SEED = 20261130;

/** Seed, runs and failures to look past, from the environment `scripts/fuzz.ts` sets (unset in `npm test`). */
export interface FuzzSettings {
  seed: number;
  /** Runs per property, or `undefined` for each property's own small default. */
  runs: number | undefined;
  /** Failures whose message matches are counted as passes, to look past a known bug. */
  ignore: RegExp | undefined;
  /** Whole-property time cap in ms (stops generating and shrinking), so `npm test` stays bounded. */
  timeLimitMs: number;
}

/** Reads `FUZZ_SEED`, `FUZZ_RUNS`, `FUZZ_IGNORE` and `FUZZ_TIME_LIMIT`. */
export function readFuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const seed = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : FIXED_SEED;
  const runs = env.FUZZ_RUNS ? Number(env.FUZZ_RUNS) : undefined;
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got ${env.FUZZ_SEED}.`);
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) throw new Error(`FUZZ_RUNS must be a positive integer, got ${env.FUZZ_RUNS}.`);
  return {
    seed,
    runs,
    ignore: env.FUZZ_IGNORE ? new RegExp(env.FUZZ_IGNORE) : undefined,
    timeLimitMs: env.FUZZ_TIME_LIMIT ? Number(env.FUZZ_TIME_LIMIT) : 40_000,
  };
}

/**
 * Runs an async property with the configured seed and runs, after the pinned `examples`; a failure names the seed and the command that replays
 * it, above fast-check's own report (seed, path, shrunk counterexample, and the error the property threw).
 */
export async function assertProperty<Ts extends unknown[]>(property: fc.IAsyncProperty<Ts>, defaultRuns: number, examples: readonly Ts[] = []): Promise<void> {
  const settings = readFuzzSettings();
  const numRuns = settings.runs ?? defaultRuns;
  try {
    await fc.assert(property, {
      seed: settings.seed,
      numRuns,
      // Checked first, on every seed: the inputs that broke a property before.
      examples: [...examples],
      plugins: [fc.interruptAfterTimeLimit(settings.timeLimitMs)],
    });
  } catch (error) {
    const replay = `npm run fuzz -- --seed ${settings.seed} --runs ${numRuns}`;
    throw new Error(`Fuzz failure with seed ${settings.seed} (replay: ${replay})\n${(error as Error).message}`, { cause: error });
  }
}

/** Rethrows a property failure unless `FUZZ_IGNORE` matches it. */
export function unlessIgnored(check: () => void): void {
  const { ignore } = readFuzzSettings();
  try {
    check();
  } catch (error) {
    if (ignore && ignore.test((error as Error).message)) return;
    throw error;
  }
}
