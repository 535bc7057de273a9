import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import systemSchema from '../../../schema/system.schema.json' with { type: 'json' };
import teamsSchema from '../../../schema/teams.schema.json' with { type: 'json' };
import configSchema from '../../../schema/config.schema.json' with { type: 'json' };
import type { SystemData } from '../types/system.ts';
import type { TeamsFile } from '../types/teams.ts';
import type { ConfigFile } from '../types/config.ts';

/** The compiled validators for every schema in `schema/`. */
export interface Validators {
  system: ValidateFunction<SystemData>;
  teams: ValidateFunction<TeamsFile>;
  config: ValidateFunction<ConfigFile>;
}

let compiled: Validators | undefined;

/** Compiles the schemas once per process; every run after the first reuses them. */
export function compileSchemas(): Validators {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv, ['date', 'uri', 'email']);
  compiled = {
    system: ajv.compile<SystemData>(systemSchema),
    teams: ajv.compile<TeamsFile>(teamsSchema),
    config: ajv.compile<ConfigFile>(configSchema),
  };
  return compiled;
}

/** The system schema as data, for documentation and hints. */
export { systemSchema, teamsSchema, configSchema };
