import { readFile } from 'node:fs/promises';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

/** A schema and the TypeScript file generated from it. */
export interface TypeTarget {
  schema: string;
  output: string;
  name: string;
}

export const TYPE_TARGETS: TypeTarget[] = [
  { schema: 'schema/system.schema.json', output: 'src/core/types/system.ts', name: 'SystemData' },
  { schema: 'schema/teams.schema.json', output: 'src/core/types/teams.ts', name: 'TeamsFile' },
  { schema: 'schema/config.schema.json', output: 'src/core/types/config.ts', name: 'ConfigFile' },
];

/** Renders one schema's TypeScript types. */
export async function renderSchemaTypes(target: TypeTarget): Promise<string> {
  const schema = JSON.parse(await readFile(new URL(`../${target.schema}`, import.meta.url), 'utf8')) as JSONSchema;
  return compile({ ...schema, title: target.name }, target.name, {
    bannerComment: `/* Generated from ${target.schema} by \`npm run gen:types\`. Do not edit by hand. */`,
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true },
  });
}
