// Types for validators.js, which `npm run gen:types` generates from schema/*.schema.json.
import type { ValidateFunction } from 'ajv';
import type { SystemData } from '../../types/system.ts';
import type { TeamsFile } from '../../types/teams.ts';
import type { ConfigFile } from '../../types/config.ts';
import type { GlossaryFile } from '../../types/glossary.ts';

export declare const system: ValidateFunction<SystemData>;
export declare const teams: ValidateFunction<TeamsFile>;
export declare const config: ValidateFunction<ConfigFile>;
export declare const glossary: ValidateFunction<GlossaryFile>;
