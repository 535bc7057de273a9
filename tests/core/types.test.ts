import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemaTypes, TYPE_TARGETS } from '../../scripts/render-schema-types.ts';
import { renderValidators, VALIDATORS_OUTPUT } from '../../scripts/render-validators.ts';
import type { SystemData } from '../../src/core/types/system.ts';

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

describe('SystemData', () => {
  it('types team fields as unknown and still rejects a misspelt field (tsc checks the lines below)', () => {
    const data = { name: 'A', summary: 'B', owner: 'releng', lifecycle: 'proposed', 'x-cost-center': 4200 } as SystemData;
    const teamField: unknown = data['x-cost-center'];
    // @ts-expect-error `teir` is not a field: a typo must not type-check because of the `x-` index signature.
    const typo = data.teir;
    expect([teamField, typo]).toEqual([4200, undefined]);
  });
});
