// Generates src/core/types/*.ts and the precompiled validators from the JSON Schemas in schema/, so neither is written twice.
// `npm run gen:types` rewrites them; tests/core/types.test.ts fails when they are out of date.
import { writeFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { renderSchemaTypes, TYPE_TARGETS } from './render-schema-types.ts';
import { renderValidators, VALIDATORS_OUTPUT } from './render-validators.ts';

for (const target of TYPE_TARGETS) {
  await writeFile(new URL(`../${target.output}`, import.meta.url), await renderSchemaTypes(target));
  console.log(`wrote ${target.output}`);
}

await mkdir(new URL('../src/core/validate/generated/', import.meta.url), { recursive: true });
await writeFile(new URL(`../${VALIDATORS_OUTPUT}`, import.meta.url), await renderValidators());
console.log(`wrote ${VALIDATORS_OUTPUT}`);
