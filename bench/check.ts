// Benchmarks `fieldguide check` on generated catalogs of 1,000 and 10,000 systems (issue: check performance).
import { join } from 'node:path';
import { generateCatalog } from './generate-catalog.ts';
import { measureNode, measureShell, table, type Measurement } from './measure.ts';

/** Measures check against its targets; returns rows for the report. */
export async function benchCheck(outDir: string): Promise<(Measurement & { target?: string })[]> {
  const rows: (Measurement & { target?: string })[] = [];
  const version = measureShell('npx fieldguide --version', 'npx --no-install fieldguide --version', { runs: 5 });
  rows.push(version);
  for (const n of [1000, 10000]) {
    const dir = join(outDir, `catalog-${n}`);
    await generateCatalog(dir, n);
    const shell = measureShell(`npx fieldguide check (${n} systems)`, `npx --no-install fieldguide check ${dir} --today 2026-11-26 > /dev/null`, { runs: n > 1000 ? 3 : 5 });
    const beyond = shell.medianMs - version.medianMs;
    rows.push({ ...shell, label: `${shell.label}, beyond start-up: ${(beyond / 1000).toFixed(2)} s`, target: n === 1000 ? '≤ 0.9 s beyond start-up (aim 0.4 s)' : '' });
    const direct = measureNode(`node bin/fieldguide.js check (${n} systems)`, ['bin/fieldguide.js', 'check', dir, '--today', '2026-11-26'], { runs: n > 1000 ? 3 : 5 });
    rows.push({ ...direct, target: n === 10000 ? '≤ 5 s, < 1 GB peak' : '' });
  }
  return rows;
}

if (import.meta.main) {
  console.log(table(await benchCheck('bench/out')));
}
