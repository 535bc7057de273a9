import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { findConfigFile } from '../../core/locate-catalog.ts';
import { readSiteConfig, SITE_ENV } from '../../site/site-env.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { readSiteBase } from '../mark-site.ts';
import { parsePort } from '../parse-port.ts';
import { serveSite, type SiteServer } from '../serve-site.ts';

export const previewHelp = `Usage: fieldguide preview [options]

Serves the site that \`fieldguide build\` wrote (dist/ by default) at the base path it was built for
(\`site.base\`, or FIELDGUIDE_BASE at build time), the way a static host would, until Ctrl+C.

Options:
  --out <dir>            the built site to serve (default: dist)
  --port <n>             port to listen on (default: 4321)
  --config <file>        config file (default: the nearest fieldguide.config.yaml upward, optional)
  -h, --help             show this help
`;

/** Starts serving the built site and says where; the server runs until closed. Exported for tests. */
export async function startPreview(argv: string[], io: Io): Promise<SiteServer | undefined> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string', default: 'dist' }, port: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout(previewHelp);
    return undefined;
  }
  const port = parsePort(values.port) ?? 4321;
  const out = resolve(io.cwd, values.out);
  const shown = relative(io.cwd, out).split(sep).join('/') || '.';
  if (!existsSync(out) || !statSync(out).isDirectory() || !existsSync(resolve(out, 'index.html'))) {
    throw new UsageError(`There is no built site in \`${shown}\`: run \`fieldguide build\` first (or name the folder with --out).`);
  }
  // The base the site was built for (its marker says), else what the config and FIELDGUIDE_BASE say now.
  const config = values.config !== undefined ? resolve(io.cwd, values.config) : findConfigFile(io.cwd);
  const base = (await readSiteBase(out)) ?? (await readSiteConfig({ ...io.env, [SITE_ENV.config]: config }, io.cwd)).base;
  let server: SiteServer;
  try {
    server = await serveSite(out, base, { port, host: '127.0.0.1' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EADDRINUSE' ? `Port ${port} is in use: choose another with --port.` : `Cannot listen on port ${port} (${code ?? String(error)}).`);
  }
  io.stdout(`Serving ${shown}/ at ${server.url} (Ctrl+C to stop).\n`);
  return server;
}

/** `fieldguide preview`: serve the last build, at its base, until Ctrl+C. */
export async function runPreview(argv: string[], io: Io): Promise<number> {
  const server = await startPreview(argv, io);
  if (!server) return EXIT.ok;
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  return EXIT.ok;
}
