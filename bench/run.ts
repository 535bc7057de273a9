// `npm run bench`: the benchmark of issue 12. Builds deterministic catalogs (bench/example-catalog.ts: the bundled
// example's 40 rich docs, copied with renamed ids) at each size and measures whole processes:
//   check  `npx fieldguide check` and `npx fieldguide --version`; check's time beyond --version
//   build  fieldguide's cold build (node_modules/.astro, Astro's cache and content store, and the output deleted)
//   peers  the same docs built by plain Astro (bench/peers/astro-baseline) and by Starlight (bench/peers/starlight),
//          alternating with fieldguide's cold builds; ratios fieldguide / peer. Each peer is installed with `npm ci`
//          in its folder when its node_modules is missing.
//   warm   fieldguide's rebuild after one sentence was appended to one doc; ratio warm / cold
//   dev    `fieldguide dev`: spawn to first 200 on /systems/<id>/, and edit to visible (median of several edits)
//   hostile, impact  older micro-benchmarks on synthetic docs, only when asked for with --only
// Every row: median of the runs, peak of the summed RSS of the whole process tree (sampled from /proc every
// 50 ms), and for builds the output's size and page count. Prints a table and writes bench/out/results.json
// (with the date and the machine: cores, memory, Node version, commit).
//
// Options (after `--`: `npm run bench -- --sizes 100,1000 --runs 3 --only check,build`):
//   --sizes <n,…>   catalog sizes (default 100,1000,10000)
//   --runs <n>      runs per measurement (default 3); at 10,000 builds and dev sessions run once, check at most 3
//   --only <s,…>    sections, from check, build, warm, dev, peers, hostile, impact (default: all but hostile, impact)
//   --edits <n>     edits measured in the dev server (default 5)
//   --json <file>   where the JSON goes (default bench/out/results.json)
// Run it on an otherwise idle machine: the numbers are wall times. Cold builds delete node_modules/.astro, and Astro
// allows one dev server per project, so builds or dev servers of this checkout running meanwhile disturb (and are
// disturbed by) the benchmark; dev waits up to 10 minutes for another dev server here to stop.
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchColdBuilds, benchWarmBuild } from './build-site.ts';
import { benchCheck } from './check.ts';
import { benchDev } from './dev-server.ts';
import { generateExampleCatalog } from './example-catalog.ts';
import { baselineBuilder, ensurePeer, fieldguideBuilder, ROOT, starlightAstroRange, starlightBuilder, type Builder } from './peers.ts';
import { formatTable, writeResults, type Row } from './report.ts';

const SECTIONS = ['check', 'build', 'warm', 'dev', 'peers', 'hostile', 'impact'];
const DEFAULT = ['check', 'build', 'warm', 'dev', 'peers'];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string', default: DEFAULT.join(',') },
    edits: { type: 'string', default: '5' },
    json: { type: 'string', default: 'bench/out/results.json' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const edits = Number(values.edits);
const only = new Set(values.only.split(',').map((s) => s.trim()).filter(Boolean));
const unknown = [...only].filter((s) => !SECTIONS.includes(s));
if (unknown.length > 0 || sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1) || !(edits >= 0)) {
  console.error(`Usage: npm run bench -- [--sizes 100,1000] [--runs 3] [--only ${SECTIONS.join(',')}] [--edits 5] [--json file]${unknown.length ? `\nUnknown section ${unknown.join(', ')}.` : ''}`);
  process.exit(2);
}
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`bench needs Node >= 22.18 (Astro 7, type stripping), this is ${process.version}: run it as \`npm run bench\`, which uses the project's Node 24.`);
  process.exit(2);
}

const json = resolve(ROOT, values.json);
const options = { sizes, runs, only: [...only], edits };
const rows: Row[] = [];
const notes: string[] = [];
const save = () => writeResults(json, rows, options, notes);

const peers: Builder[] = [];
if (only.has('peers')) {
  const baseline = ensurePeer('astro-baseline');
  if (baseline) notes.push(`baseline skipped: ${baseline}`);
  else peers.push(baselineBuilder());
  const starlight = ensurePeer('starlight');
  if (starlight) notes.push(`starlight skipped: ${starlight}`);
  else {
    peers.push(starlightBuilder());
    notes.push(`starlight: ${starlightAstroRange()}; sidebar set to one link (its default lists every doc on every page)`);
  }
}

const catalogs = new Map<number, string>();
const ids = new Map<number, string[]>();
for (const n of sizes) {
  const dir = join(ROOT, 'bench', 'out', `example-${n}`);
  ids.set(n, await generateExampleCatalog(dir, n));
  catalogs.set(n, dir);
}

notes.push(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(', ')} (anything else running skews every number)`);

/** Runs one section; a failure becomes a note (and a line on stderr) instead of ending the whole benchmark. */
async function section(name: string, n: number, run: () => Promise<Row[]>): Promise<void> {
  try {
    rows.push(...(await run()));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`bench: ${name} at ${n} systems failed: ${message}`);
    notes.push(`${name} at ${n} systems failed: ${message.split('\n')[0]}`);
  }
  save();
}

if (only.has('check')) {
  console.error('bench: check…');
  await section('check', 0, () => benchCheck(ROOT, catalogs, runs));
}

for (const [n, catalog] of catalogs) {
  const big = n >= 10000;
  const buildRuns = big ? 1 : runs;
  const fieldguide = fieldguideBuilder(join(ROOT, 'bench', 'out', `site-${n}`));
  const builders = [...(only.has('build') ? [fieldguide] : []), ...peers];
  if (builders.length > 0) await section('cold builds', n, () => benchColdBuilds(builders, catalog, n, buildRuns));
  if (only.has('warm')) {
    const cold = rows.find((r) => r.section === 'build' && r.systems === n);
    await section('warm rebuild', n, () => benchWarmBuild(fieldguide, catalog, ids.get(n)![0]!, n, buildRuns, cold?.value));
  }
  if (only.has('dev')) await section('dev', n, () => benchDev(catalog, ids.get(n)![0]!, n, big ? 1 : runs, big ? Math.min(edits, 3) : edits));
}

if (only.has('hostile') || only.has('impact')) {
  const old = [
    ...(only.has('hostile') ? await (await import('./hostile-docs.ts')).benchHostileDocs('bench/out') : []),
    ...(only.has('impact') ? await (await import('./impact-diff.ts')).benchImpactDiff('bench/out') : []),
  ];
  for (const m of old as { label: string; medianMs: number; peakMb: number; runs: number; target?: string }[]) {
    rows.push({ section: 'other', label: m.label, systems: 0, runs: m.runs, value: m.medianMs, unit: 'ms', peakMb: m.peakMb, ...(m.target ? { target: m.target } : {}) });
  }
  save();
}

notes.push(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
save();
console.log(formatTable(rows));
for (const note of notes) console.log(`note: ${note}`);
console.log(`\nJSON: ${json}`);
