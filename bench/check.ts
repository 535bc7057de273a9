// `fieldguide check` as a user runs it (`npx fieldguide check`), whole process, next to `npx fieldguide --version`
// so the time beyond start-up (npx, Node, the CLI's own loading) shows on its own.
import type { Row } from './report.ts';
import { median, runMeasured } from './run-measured.ts';

const TODAY = '2026-11-26';

/** Measures `npx fieldguide <args>` `runs` times after one warm-up; throws on exit codes other than 0 and 1. */
async function measureNpx(args: string[], runs: number, cwd: string) {
  const times: number[] = [];
  let peakMb = 0;
  for (let i = 0; i <= runs; i++) {
    const run = await runMeasured('npx', ['--no-install', 'fieldguide', ...args], { cwd });
    if (run.code !== 0 && run.code !== 1) throw new Error(`npx fieldguide ${args.join(' ')} exited ${run.code}:\n${run.output}`);
    if (i === 0) continue;
    times.push(run.ms);
    peakMb = Math.max(peakMb, run.peakMb);
  }
  return { ms: median(times), peakMb, times };
}

/** Rows for `--version` and for check at each catalog size (catalogs[n] is the folder of n systems). */
export async function benchCheck(root: string, catalogs: Map<number, string>, runs: number): Promise<Row[]> {
  const version = await measureNpx(['--version'], Math.max(runs, 5), root);
  const rows: Row[] = [{
    section: 'check', label: 'npx fieldguide --version', systems: 0, runs: Math.max(runs, 5),
    value: version.ms, unit: 'ms', peakMb: version.peakMb, samples: version.times,
  }];
  for (const [n, dir] of catalogs) {
    const n10k = n >= 10000;
    const count = n10k ? Math.min(runs, 3) : runs;
    const check = await measureNpx(['check', '--dir', dir, '--today', TODAY], count, root);
    const beyond = check.ms - version.ms;
    rows.push({
      section: 'check', label: 'npx fieldguide check', systems: n, runs: count, value: check.ms, unit: 'ms',
      peakMb: check.peakMb, samples: check.times,
      ...(n10k ? { target: '≤ 3 s total', pass: check.ms <= 3000 } : {}),
    });
    rows.push({
      section: 'check', label: '  check beyond --version', systems: n, runs: count, value: beyond, unit: 'ms',
      ...(n === 1000 ? { target: '≤ 0.5 s', pass: beyond <= 500 } : {}),
    });
  }
  return rows;
}
