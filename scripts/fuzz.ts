// `npm run fuzz [-- --seed N] [--runs N] [--ignore REGEX] [--time-limit MS] [file filter …]`: the fuzz suite
// (tests/fuzz) for long runs. Picks a random seed unless given one and prints it first, so any failure can be
// replayed with the same seed and runs; `--ignore` counts failures whose message matches as passes, to look past a
// known bug for the next one. `npm test` runs the same suite with a fixed seed and few runs.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'string' },
    runs: { type: 'string', default: '300' },
    ignore: { type: 'string' },
    'time-limit': { type: 'string', default: String(24 * 3600 * 1000) },
  },
});
const seed = values.seed ?? String(randomInt(0, 2 ** 31));
for (const [name, value] of [['--seed', seed], ['--runs', values.runs], ['--time-limit', values['time-limit']]] as const) {
  if (!/^\d+$/.test(value)) {
    console.error(`fuzz: ${name} takes a whole number, got \`${value}\`.`);
    process.exit(2);
  }
}

const replay = `npm run fuzz -- --seed ${seed} --runs ${values.runs}${positionals.length ? ` ${positionals.join(' ')}` : ''}`;
console.log(`fuzz: seed ${seed}, ${values.runs} runs per property (replay: ${replay})`);
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const filters = positionals.length ? positionals : ['tests/fuzz'];
const result = spawnSync(process.execPath, [vitest, 'run', ...filters.map((f) => (f.startsWith('tests/') ? f : `tests/fuzz/${f}`))], {
  stdio: 'inherit',
  env: {
    ...process.env,
    FUZZ_SEED: seed,
    FUZZ_RUNS: values.runs,
    FUZZ_TIME_LIMIT: values['time-limit'],
    ...(values.ignore ? { FUZZ_IGNORE: values.ignore } : {}),
  },
});
if (result.status !== 0) console.log(`fuzz: failed with seed ${seed} (replay: ${replay})`);
process.exit(result.status ?? 2);
