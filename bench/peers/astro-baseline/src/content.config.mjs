// The catalog folder comes from FIELDGUIDE_BENCH_CATALOG (an absolute path); every system doc is one entry,
// front matter kept as it is (no schema: the baseline does no validation).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.FIELDGUIDE_BENCH_CATALOG;
if (!base) throw new Error('Set FIELDGUIDE_BENCH_CATALOG to the catalog folder (bench/run.ts does).');

export const collections = {
  systems: defineCollection({ loader: glob({ pattern: ['*.md', '!README.md'], base }) }),
};
