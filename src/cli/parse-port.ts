import { UsageError } from './io.ts';

/** Reads `--port`: a whole number from 1 to 65535, or a usage error (never a silent fallback to the default port). */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new UsageError(`Unexpected \`${value}\` for \`--port\`, expected a whole number from 1 to 65535, such as \`--port 4321\`.`);
  }
  return port;
}
