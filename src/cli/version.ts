import pkg from '../../package.json' with { type: 'json' };

/** The version printed by `--version` and written into SARIF. */
export const VERSION: string = pkg.version;
