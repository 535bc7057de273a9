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
  { schema: 'schema/glossary.schema.json', output: 'src/core/types/glossary.ts', name: 'GlossaryFile' },
];

/** Renders one schema's TypeScript types. */
export async function renderSchemaTypes(target: TypeTarget): Promise<string> {
  const { patternProperties, ...schema } = JSON.parse(await readFile(new URL(`../${target.schema}`, import.meta.url), 'utf8')) as JSONSchema;
  const prefixes = Object.keys(patternProperties ?? {}).map((pattern) => /^\^(x-)/.exec(pattern)?.[1]);
  if (prefixes.some((prefix) => prefix === undefined)) throw new Error(`${target.schema}: only \`^x-…\` pattern properties can be typed.`);
  // json-schema-to-typescript types pattern properties as one `[k: string]` index signature over every field's type,
  // after which a misspelt field (`data.teir`) type-checks. Team fields get a template-literal index signature instead.
  const name = prefixes.length > 0 ? `${target.name}Fields` : target.name;
  const code = await compile({ ...schema, title: name }, name, {
    bannerComment: `/* Generated from ${target.schema} by \`npm run gen:types\`. Do not edit by hand. */`,
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true },
  });
  if (prefixes.length === 0) return code;
  return `${code}
/** ${String(schema.description ?? name)} Team fields (\`x-…\` keys) hold any value. */
export type ${target.name} = ${name} & { [key: \`x-\${string}\`]: unknown };
`;
}
