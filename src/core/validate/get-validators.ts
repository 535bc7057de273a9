import type { ValidateFunction } from 'ajv';
import systemSchema from '../../../schema/system.schema.json' with { type: 'json' };
import teamsSchema from '../../../schema/teams.schema.json' with { type: 'json' };
import configSchema from '../../../schema/config.schema.json' with { type: 'json' };
import glossarySchema from '../../../schema/glossary.schema.json' with { type: 'json' };
import * as generated from './generated/validators.js';
import type { SystemData } from '../types/system.ts';
import type { TeamsFile } from '../types/teams.ts';
import type { ConfigFile } from '../types/config.ts';
import type { GlossaryFile } from '../types/glossary.ts';

/** The validators for every schema in `schema/`. */
export interface Validators {
  system: ValidateFunction<SystemData>;
  teams: ValidateFunction<TeamsFile>;
  config: ValidateFunction<ConfigFile>;
  glossary: ValidateFunction<GlossaryFile>;
}

/**
 * The validators, compiled ahead of time by ajv (JSON Schema 2020-12, all errors, strict, with the `date`,
 * `uri` and `email` formats) into `generated/validators.js` by `npm run gen:types`, so a check spends no
 * start-up time compiling. A test fails when the generated code and the schemas disagree.
 */
export function getValidators(): Validators {
  return generated;
}

/** The schemas as data, for documentation and hints. */
export { systemSchema, teamsSchema, configSchema, glossarySchema };
