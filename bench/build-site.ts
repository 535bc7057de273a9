// Cold builds of fieldguide and its peers, alternating (fieldguide, baseline, starlight, fieldguide, …) so a
// slow patch of the machine hurts all of them alike, then fieldguide's warm rebuild after one doc changed.
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Builder } from './peers.ts';
import type { Row } from './report.ts';
import { median, runMeasured, type ProcessRun } from './run-measured.ts';

const BUILD_TIMEOUT_MS = 30 * 60 * 1000;

/** Total bytes and HTML pages under `dir`. */
export function siteSize(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

/** fieldguide's own account of a build's phases (its last line: "… in 10.0 s (check 0.7 s, pages 8.3 s, …)"). */
function phasesOf(run: ProcessRun): string {
  const phases = /\(([^()]*)\)\.?\s*$/.exec(run.output.trim())?.[1];
  return phases ? `last run's phases as fieldguide reports them: ${phases}` : '';
}

async function build(builder: Builder): Promise<ProcessRun> {
  const { program, args, cwd, env } = builder.command();
  const run = await runMeasured(program, args, { cwd, ...(env ? { env } : {}), timeoutMs: BUILD_TIMEOUT_MS });
  if (run.code !== 0) throw new Error(`${builder.name} build failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
  return run;
}

/** Runs `runs` cold builds of every builder, interleaved; returns one row per builder plus the ratios. */
export async function benchColdBuilds(builders: Builder[], catalog: string, n: number, runs: number): Promise<Row[]> {
  for (const builder of builders) await builder.prepare(catalog);
  const results = new Map<string, ProcessRun[]>(builders.map((b) => [b.name, []]));
  const sizes = new Map<string, { bytes: number; pages: number }>();
  for (let round = 0; round < runs; round++) {
    for (const builder of builders) {
      console.error(`bench: ${builder.name} cold build, ${n} systems, run ${round + 1}/${runs}…`);
      builder.clean();
      const run = await build(builder);
      results.get(builder.name)!.push(run);
      console.error(`bench:   ${(run.ms / 1000).toFixed(1)} s, ${Math.round(run.peakMb)} MB${builder.name === 'fieldguide' ? ` (${run.output.trim().split('\n').at(-1)})` : ''}`);
      sizes.set(builder.name, siteSize(builder.out));
    }
  }
  const rows: Row[] = builders.map((builder) => {
    const runsOf = results.get(builder.name)!;
    const ms = median(runsOf.map((r) => r.ms));
    const peakMb = Math.max(...runsOf.map((r) => r.peakMb));
    const size = sizes.get(builder.name)!;
    const isFieldguide = builder.name === 'fieldguide';
    const target = isFieldguide && n >= 10000
      ? { target: '≤ 60 s, ≤ 2.5 GB peak', pass: ms <= 60000 && peakMb <= 2560 }
      : {};
    return {
      section: isFieldguide ? 'build' : 'peers',
      label: isFieldguide ? 'fieldguide build (cold)' : `${builder.name} build (cold)`,
      systems: n, runs, value: ms, unit: 'ms', peakMb, distBytes: size.bytes, pages: size.pages,
      samples: runsOf.map((r) => r.ms), ...target,
      ...(isFieldguide ? { note: phasesOf(runsOf.at(-1)!) } : {}),
    };
  });
  const fieldguide = rows.find((r) => r.label.startsWith('fieldguide'));
  for (const peer of rows.filter((r) => r.section === 'peers')) {
    if (!fieldguide) break;
    const ratio = fieldguide.value / peer.value;
    const name = peer.label.split(' ')[0];
    rows.push({
      section: 'peers', label: `  cold build fieldguide / ${name}`, systems: n, runs, value: ratio, unit: 'ratio',
      ...(name === 'baseline' && n === 1000 ? { target: '≤ 1.5×', pass: ratio <= 1.5 } : {}),
    });
  }
  return rows;
}

/**
 * Warm rebuild: one build to fill Astro's cache, then `runs` times append a sentence to one doc's body and build
 * again. The doc is restored afterwards. Returns the warm row and its ratio to `coldMs` (when known).
 */
export async function benchWarmBuild(builder: Builder, catalog: string, doc: string, n: number, runs: number, coldMs: number | undefined): Promise<Row[]> {
  await builder.prepare(catalog);
  const file = join(catalog, `${doc}.md`);
  const original = readFileSync(file, 'utf8');
  const runsOf: ProcessRun[] = [];
  try {
    console.error(`bench: fieldguide build to warm the cache, ${n} systems…`);
    builder.clean();
    await build(builder);
    for (let i = 0; i < runs; i++) {
      appendFileSync(file, `\nThis sentence was added by the benchmark, edit ${i + 1}.\n`);
      console.error(`bench: fieldguide warm rebuild, ${n} systems, run ${i + 1}/${runs}…`);
      const run = await build(builder);
      console.error(`bench:   ${(run.ms / 1000).toFixed(1)} s, ${Math.round(run.peakMb)} MB (${run.output.trim().split('\n').at(-1)})`);
      runsOf.push(run);
    }
  } finally {
    writeFileSync(file, original);
  }
  const ms = median(runsOf.map((r) => r.ms));
  const size = siteSize(builder.out);
  const rows: Row[] = [{
    section: 'warm', label: 'fieldguide rebuild, one doc changed', systems: n, runs, value: ms, unit: 'ms',
    peakMb: Math.max(...runsOf.map((r) => r.peakMb)), distBytes: size.bytes, pages: size.pages, samples: runsOf.map((r) => r.ms),
    note: phasesOf(runsOf.at(-1)!),
  }];
  if (coldMs !== undefined) {
    const ratio = ms / coldMs;
    rows.push({
      section: 'warm', label: '  warm / cold', systems: n, runs, value: ratio, unit: 'ratio',
      ...(n === 1000 ? { target: '≤ 0.25×', pass: ratio <= 0.25 } : {}),
    });
  }
  return rows;
}
