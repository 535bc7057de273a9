import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemaTypes, TYPE_TARGETS } from '../../scripts/render-schema-types.ts';
import { renderValidators, VALIDATORS_OUTPUT } from '../../scripts/render-validators.ts';

describe('generated types', () => {
  it.each(TYPE_TARGETS)('$output is up to date with $schema (run `npm run gen:types`)', async (target) => {
    const committed = readFileSync(new URL(`../../${target.output}`, import.meta.url), 'utf8');
    expect(committed).toBe(await renderSchemaTypes(target));
  });
});

describe('precompiled validators', () => {
  it('are up to date with the schemas (run `npm run gen:types`)', async () => {
    const committed = readFileSync(new URL(`../../${VALIDATORS_OUTPUT}`, import.meta.url), 'utf8');
    expect(committed === (await renderValidators())).toBe(true);
  });
});
