import { readFile } from 'node:fs/promises';
import { Ajv2020, _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';

/** Where the precompiled validators are written. */
export const VALIDATORS_OUTPUT = 'src/core/validate/generated/validators.js';

/** The ajv options the validators are compiled with; `getValidators` documents the same in words. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;

/**
 * Compiles every schema in `schema/` to standalone validation code (ES module), so `check` does not spend
 * its start-up compiling schemas. ajv's standalone output still says `require(...)` for its runtime helpers
 * (CommonJS modules); a real `require` made with `createRequire` keeps their exact CommonJS meaning under Node
 * and under Vite alike, where a default import would differ.
 */
export async function renderValidators(): Promise<string> {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } });
  addFormats.default(ajv, ['date', 'uri', 'email']);
  for (const name of ['system', 'teams', 'config', 'glossary']) {
    ajv.addSchema(JSON.parse(await readFile(new URL(`../schema/${name}.schema.json`, import.meta.url), 'utf8')), name);
  }
  const code = standaloneCode.default(ajv, { system: 'system', teams: 'teams', config: 'config', glossary: 'glossary' });
  // ajv gathers a referenced validator's errors with `vErrors.concat(...)`, copying every earlier error each time:
  // quadratic in the errors of one doc (8,000 bad `depends_on` ids took 7 s). Appending in place is the same result.
  const linear = code.replace(
    /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g,
    'if (vErrors === null) vErrors = $1.errors; else for (const e of $1.errors) vErrors.push(e);',
  );
  return [
    '// Generated from schema/*.schema.json by `npm run gen:types`. Do not edit by hand.',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    linear.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}
