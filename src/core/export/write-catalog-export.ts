import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Catalog } from '../analyze-catalog.ts';
import { buildCatalogExport } from './build-catalog-export.ts';

/** Writes `catalog.json` (usually `dist/catalog.json`) for an analyzed catalog, creating the folder if needed; compact, as tools read it. */
export async function writeCatalogExport(catalog: Catalog & { dir?: string }, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(buildCatalogExport(catalog))}\n`);
}
