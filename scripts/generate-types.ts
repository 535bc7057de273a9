// Generates src/core/types/*.ts from the JSON Schemas in schema/, so types are never written twice.
// `npm run gen:types` rewrites them; tests/core/types.test.ts fails when they are out of date.
import { writeFile } from 'node:fs/promises';
import { renderSchemaTypes, TYPE_TARGETS } from './render-schema-types.ts';

for (const target of TYPE_TARGETS) {
  await writeFile(new URL(`../${target.output}`, import.meta.url), await renderSchemaTypes(target));
  console.log(`wrote ${target.output}`);
}
