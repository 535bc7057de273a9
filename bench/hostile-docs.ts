// Benchmarks `fieldguide check` on one hostile doc at a time (issue 7: every doc up to the 1 MiB limit checks in
// well under a second). Each doc sits in a catalog with one healthy doc; the row is the time beyond that catalog
// without the hostile doc, so start-up is not counted.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureNode, type Measurement } from './measure.ts';

/** Largest doc `check` reads: 1 MiB. Every hostile body is cut to fit under it. */
const LIMIT = 1024 * 1024 - 4096;

const HEALTHY = `---
name: Healthy
summary: A doc with nothing wrong in it.
owner: releng
lifecycle: proposed
depends_on: []
runs_on: { provider: a data center }
capacity: { expected_load: 10 jobs a day }
data_stores: [none]
ilities:
  scalability: { status: unknown, notes: One host is plenty. }
  maintainability: { status: unknown, notes: Small code base. }
  reliability: { status: unknown, notes: Retries. }
  availability: { status: unknown, notes: Best effort. }
  security: { status: unknown, notes: Internal only. }
  observability: { status: unknown, notes: Logs. }
  fault_tolerance: { status: unknown, notes: Stateless. }
---

## Overview

Fine.

## Open questions

None.
`;

const fill = (unit: string) => unit.repeat(Math.floor(LIMIT / unit.length));
const front = (extra = '') => `---\nname: Hostile\nsummary: s\nowner: releng\nlifecycle: proposed\n${extra}---\n`;

/** The hostile docs: the issue's cases first, then shapes found while fixing them. */
export const HOSTILE_DOCS: Record<string, string> = {
  'secret pattern: `token=` x 40,000 then `"x`': `${front()}${'token='.repeat(40_000)}"x\n`,
  'secret pattern: `a.` x 100,000 (password in URL)': `${front()}${'a.'.repeat(100_000)}\n`,
  'Markdown: 40,000 `>` then ` x`': `${front()}${'>'.repeat(40_000)} x\n`,
  'YAML: 40,000 unknown top-level keys': front(Array.from({ length: 40_000 }, (_, i) => `k${i}: 1\n`).join('')),
  'YAML: 20,000 bad dependency ids': front(`depends_on:\n${Array.from({ length: 20_000 }, (_, i) => `  - Bad_Id${i}\n`).join('')}`),
  'YAML: 1,000-deep nesting': front(`x: ${'['.repeat(1000)}${']'.repeat(1000)}\n`),
  'YAML: alias bomb': front(`a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]\n`).join('')}`),
  'Markdown: 1 MiB of prose': `${front()}${fill('The quick brown fox jumps over the lazy dog, then files a bug about it.\n')}`,
  'Markdown: 1 MiB of short paragraphs': `${front()}${fill('A short paragraph.\n\n')}`,
  'Markdown: 1 MiB of `# *a*` headings': `${front()}${fill('# *a*\n')}`,
  'Markdown: 1 MiB of a 32-deep list': `${front()}${Array.from({ length: 32 }, (_, i) => `${'  '.repeat(i)}- item\n`).join('')}${fill(`${'  '.repeat(32)}more text in the deepest item\n`)}`,
  'Markdown: `[a](<` x 8,000': `${front()}${'[a](<'.repeat(8000)}\n`,
  'Markdown: `*_` x 4,000': `${front()}${'*_'.repeat(4000)}\n`,
  'Markdown: one 1 MiB line': `${front()}${fill('word ')}\n`,
};

/** Measures each hostile doc's time beyond a healthy one-doc catalog. */
export async function benchHostileDocs(outDir: string): Promise<(Measurement & { target?: string })[]> {
  const base = join(outDir, 'hostile');
  await rm(base, { recursive: true, force: true });
  const teams = 'teams:\n  - id: releng\n    name: Release Engineering\n';
  const catalog = async (name: string, docs: Record<string, string>) => {
    const dir = join(base, name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'teams.yaml'), teams);
    for (const [id, text] of Object.entries(docs)) await writeFile(join(dir, `${id}.md`), text);
    return dir;
  };
  const check = (dir: string) => ['bin/fieldguide.js', 'check', dir, '--today', '2026-11-30', '--format', 'json'];
  const baseline = measureNode('check, healthy one-doc catalog', check(await catalog('baseline', { healthy: HEALTHY })), { runs: 5 });
  const rows: (Measurement & { target?: string })[] = [{ ...baseline, target: '(start-up; subtracted below)' }];
  let i = 0;
  for (const [label, text] of Object.entries(HOSTILE_DOCS)) {
    if (Buffer.byteLength(text) > 1024 * 1024) throw new Error(`${label} is over the 1 MiB limit`);
    const measured = measureNode(label, check(await catalog(`doc-${i++}`, { healthy: HEALTHY, hostile: text })), { runs: 3 });
    rows.push({ ...measured, medianMs: measured.medianMs - baseline.medianMs, target: '< 1 s beyond start-up' });
  }
  return rows;
}

if (import.meta.main) {
  const { table } = await import('./measure.ts');
  console.log(table(await benchHostileDocs('bench/out')));
}
