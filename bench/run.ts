// `npm run bench [-- section …]`: runs the benchmarks against generated catalogs and prints one table.
// Sections: check (1,000 and 10,000 systems), hostile (one hostile doc at a time), impact (impact and diff on 10,000),
// site (build 1,000 and 10,000).
// Numbers are wall times on this machine; run it on an otherwise idle machine.
import { table, type Measurement } from './measure.ts';

type Row = Measurement & { target?: string };

const SECTIONS: Record<string, () => Promise<Row[]>> = {
  check: async () => (await import('./check.ts')).benchCheck('bench/out'),
  hostile: async () => (await import('./hostile-docs.ts')).benchHostileDocs('bench/out'),
  impact: async () => (await import('./impact-diff.ts')).benchImpactDiff('bench/out'),
  site: async () => (await import('./build-site.ts')).benchBuildSite('bench/out'),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`Unknown section ${unknown.join(', ')}; expected ${Object.keys(SECTIONS).join(', ')}.`);
  process.exit(2);
}
const rows: Row[] = [];
for (const name of wanted.length > 0 ? wanted : Object.keys(SECTIONS)) {
  console.error(`bench: ${name}…`);
  rows.push(...(await SECTIONS[name]!()));
}
console.log(table(rows));
