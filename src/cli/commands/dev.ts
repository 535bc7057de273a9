import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCatalogSnapshot } from '../../core/catalog-snapshot.ts';
import { countDiagnostics } from '../../core/diagnostic.ts';
import { loadCatalog } from '../../core/load-catalog.ts';
import { SITE_ENV } from '../../site/site-env.ts';
import { formatHuman } from '../format/format-human.ts';
import { EXIT, type Io } from '../io.ts';
import { parsePort } from '../parse-port.ts';
import { claimScratch } from '../claim-scratch.ts';
import { runAstro } from '../run-astro.ts';
import { parseSiteArgs } from '../parse-site-args.ts';

export const devHelp = `Usage: fieldguide dev [options]

Serves the site locally and reloads it when a system doc or the teams file changes. A change that
introduces errors is reported in the terminal and the last good version stays on screen.

Options:
  --dir <folder>         catalog folder: the system docs and teams.yaml (default: \`systems\` from
                         fieldguide.config.yaml; a folder given as the only argument is read as --dir)
  --port <n>             port to listen on (default: 4321)
  --today <YYYY-MM-DD>   pin the current date (review ages)
  --config <file>        config file (default: the nearest fieldguide.config.yaml upward, optional)
  --no-cache             render every doc's body again instead of reusing the ones kept in
                         node_modules/.cache/fieldguide (or FIELDGUIDE_CACHE_DIR, e.g. a CI cache folder)
  -h, --help             show this help
`;

/** `fieldguide dev`: check once, then run Astro's dev server on the catalog. */
export async function runDev(argv: string[], io: Io): Promise<number> {
  const options = parseSiteArgs(argv, io, { port: { type: 'string' } });
  if (options.values.help) {
    io.stdout(devHelp);
    return EXIT.ok;
  }
  // A bad port is a usage error before anything is loaded, not a server on another port.
  const port = parsePort(options.values.port as string | undefined);
  const catalog = await loadCatalog(options.load);
  if (countDiagnostics(catalog.diagnostics).errors > 0) {
    io.stderr(formatHuman(catalog.diagnostics, { color: io.stdoutIsTty && !io.env.NO_COLOR }));
    io.stderr('Fix the errors above; the dev server starts once the catalog checks clean.\n');
    return EXIT.problems;
  }
  const portArgs = port === undefined ? [] : ['--port', String(port)];
  // The server's first load is the analysis just made (a snapshot); its reloads read the files. The snapshot's
  // folder goes on exit and on Ctrl+C or SIGTERM (130, 143), after the server has stopped, as a build's does.
  const server = new AbortController();
  const scratch = await claimScratch(join(tmpdir(), 'fieldguide-dev'), () => server.abort());
  try {
    const snapshot = join(scratch.dir, 'catalog.v8');
    writeCatalogSnapshot(catalog, snapshot);
    const env = { ...io.env, ...options.env, [SITE_ENV.dir]: catalog.dir, [SITE_ENV.snapshot]: snapshot };
    const { code } = await scratch.shield(runAstro({ args: ['dev', ...portArgs], env, signal: server.signal }));
    return code === 0 ? EXIT.ok : EXIT.problems;
  } finally {
    await scratch.release();
  }
}
