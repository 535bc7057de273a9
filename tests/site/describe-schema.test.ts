import { describe, expect, it } from 'vitest';
import { DEFAULT_GATES } from '../../src/core/config/default-gates.ts';
import { systemSchema } from '../../src/core/validate/get-validators.ts';
import { describeSchema } from '../../src/site/describe-schema.ts';

describe('describeSchema', () => {
  const fields = describeSchema(systemSchema, DEFAULT_GATES);
  const field = (path: string) => fields.find((f) => f.path === path);

  it('lists every top-level property of the schema, with the schema\'s own description', () => {
    const top = fields.filter((f) => f.depth === 0).map((f) => f.path);
    expect(top).toEqual(Object.keys((systemSchema as { properties: object }).properties));
    expect(field('summary')?.description).toBe((systemSchema as { properties: { summary: { description: string } } }).properties.summary.description);
  });

  it('says which fields are always required and which lifecycle gates require the rest', () => {
    expect(field('name')?.requiredBy).toBe('always');
    expect(field('access')?.requiredBy).toEqual(['production']);
    expect(field('depends_on')?.requiredBy).toEqual(['proposed', 'experimental', 'production']);
    expect(field('capacity.expected_load')?.requiredBy).toEqual(['proposed']);
    expect(field('tags')?.requiredBy).toEqual([]);
  });

  it('walks into objects, list items and the object form of a dependency', () => {
    expect(field('runs_on.hosts')?.type).toBe('list of text');
    expect(field('failure_modes[].last_exercised')).toMatchObject({ type: 'date (YYYY-MM-DD)', depth: 1, requiredInParent: false });
    expect(field('failure_modes[].scenario')?.requiredInParent).toBe(true);
    expect(field('depends_on')?.type).toBe('list of entries');
    expect(field('depends_on[].strength')?.type).toBe('one of `hard`, `soft`');
    expect(field('tier')?.type).toBe('whole number, 1 to 4');
    expect(field('owner')?.type).toBe('id (kebab-case)');
    expect(field('contacts.issues')?.type).toBe('URL (https, http or mailto)');
  });
});
