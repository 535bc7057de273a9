import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { countDiagnostics } from '../../core/diagnostic.ts';
import { loadCatalog } from '../../core/load-catalog.ts';
import { locateCatalog } from '../../core/locate-catalog.ts';
import { writeCatalogExport } from '../../core/export/write-catalog-export.ts';
import { writeCatalogSnapshot } from '../../core/catalog-snapshot.ts';
import { readSiteConfig, SITE_ENV } from '../../site/site-env.ts';
import { formatHuman } from '../format/format-human.ts';
import { EXIT, type Io } from '../io.ts';
import { runAstro } from '../run-astro.ts';
import { parseSiteArgs } from '../parse-site-args.ts';
import { indexSite } from '../index-site.ts';
import { claimScratch, type Scratch } from '../claim-scratch.ts';
import { guardOutput, type OutputRefusal, type OutputRequest } from '../guard-output.ts';
import { markSite, SITE_MARKER } from '../mark-site.ts';
import { swapIntoPlace } from '../swap-into-place.ts';

export const buildHelp = `Usage: fieldguide build [options]

Checks the catalog, then builds the static site: every page, the diagrams, the search index, and
catalog.json (every system with resolved relations and readiness, for other tools).
Errors stop the build before anything is written. The site is built in a fresh temporary folder next to
--out and moved into place only when everything succeeded, so a failed or interrupted (Ctrl+C) build
leaves the previous site untouched.

What --out may be: the build replaces the whole folder, so it must be missing, empty, or a previous
fieldguide build (which holds a \`${SITE_MARKER}\` file). It is refused, before anything is built, when
it is or contains the catalog folder, the config file, the repository or project root, the working folder,
your home folder or \`/\`; when it lies inside the catalog folder; when it is a file; and when it is a
folder with other files in it.

Options:
  --dir <folder>         catalog folder: the system docs and teams.yaml (default: \`systems\` from
                         fieldguide.config.yaml; a folder given as the only argument is read as --dir)
  --out <dir>            where the site goes (default: dist)
  --today <YYYY-MM-DD>   pin the current date (review ages), for reproducible output
  --config <file>        config file (default: the nearest fieldguide.config.yaml upward, optional)
  --no-cache             render every doc's body again instead of reusing the ones kept in
                         node_modules/.cache/fieldguide (or FIELDGUIDE_CACHE_DIR, e.g. a CI cache folder)
  -h, --help             show this help

Exit codes: 0 built, 1 the catalog has errors or the build failed, 2 usage error, --out refused or
internal error, 130 or 143 interrupted (Ctrl+C, SIGTERM).
`;

/** `fieldguide build`: check, build with Astro into a temporary folder, index for search, then swap into place. */
export async function runBuild(argv: string[], io: Io): Promise<number> {
  const options = parseSiteArgs(argv, io, { out: { type: 'string', default: 'dist' } });
  if (options.values.help) {
    io.stdout(buildHelp);
    return EXIT.ok;
  }
  const { dir: catalogDir, configFile } = locateCatalog({
    cwd: io.cwd,
    ...(options.load.dir !== undefined ? { dir: options.load.dir } : {}),
    ...(options.load.configFile !== undefined ? { configFile: options.load.configFile } : {}),
  });
  const out = resolve(io.cwd, String(options.values.out));
  const request: OutputRequest = {
    out,
    cwd: io.cwd,
    catalogDir,
    configFile,
    homes: [homedir(), ...(io.env.HOME ? [resolve(io.cwd, io.env.HOME)] : [])],
  };
  // Before anything is loaded or built: a refused --out costs nothing, and nothing is written.
  let verdict = await guardOutput(request);
  if ('refusal' in verdict) return refuse(verdict.refusal, io);
  // Relative even outside the working folder: messages never show the build machine's layout.
  const shownOut = relative(io.cwd, out).split(sep).join('/') || '.';

  const started = performance.now();
  const phases: string[] = [];
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases.push(`${name} ${((now - mark) / 1000).toFixed(1)} s`);
    mark = now;
  };
  const catalog = await loadCatalog(options.load);
  phase('check');
  const { errors, warnings } = countDiagnostics(catalog.diagnostics);
  if (errors > 0) {
    io.stderr(formatHuman(catalog.diagnostics, { color: io.stdoutIsTty && !io.env.NO_COLOR, checked: catalog.docCount }));
    io.stderr('The site was not built: fix the errors above first.\n');
    return EXIT.problems;
  }
  if (warnings > 0) io.stdout(`${warnings} warning${warnings === 1 ? '' : 's'} (\`fieldguide check\` lists them).\n`);

  let scratch: Scratch;
  // A signal that reaches only this process (`kill <pid>`) must still stop the Astro child before cleanup.
  const stopAstro = new AbortController();
  try {
    scratch = await claimScratch(verdict.target, (signal) => {
      stopAstro.abort();
      io.stderr(`\n${signal === 'SIGINT' ? 'Interrupted' : 'Stopped'}: the build was abandoned and ${shownOut} was left as it was.\n`);
    });
  } catch (error) {
    return refuse({ message: `Cannot create a scratch folder next to \`${shownOut}\` (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, hint: 'The build needs to write where --out is; choose a folder you can write to.' }, io);
  }
  try {
    const staged = join(scratch.dir, 'site');
    const snapshot = join(scratch.dir, 'catalog.v8');
    writeCatalogSnapshot(catalog, snapshot);
    const astro = await scratch.shield(runAstro({
      args: ['build', '--silent'],
      env: { ...io.env, ...options.env, [SITE_ENV.dir]: catalog.dir, [SITE_ENV.snapshot]: snapshot, FIELDGUIDE_OUT: staged },
      capture: true,
      signal: stopAstro.signal,
    }));
    if (astro.code !== 0) {
      io.stderr(`${astro.output.trimEnd()}\n\nThe site build failed; ${shownOut} was left as it was.\n`);
      return EXIT.problems;
    }
    phase('pages');
    const indexed = await indexSite(staged);
    phase('search index');
    if (indexed.errors.length > 0) {
      io.stderr(`Search indexing failed:\n${indexed.errors.join('\n')}\n`);
      return EXIT.problems;
    }
    // The catalog as data, for tools that should not parse Markdown: the same analysis the pages were built from.
    await writeCatalogExport(catalog, join(staged, 'catalog.json'));
    if (await needsClientMermaid(staged)) {
      const mermaid = join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist');
      await copyMermaid(mermaid, join(staged, '_fieldguide', 'mermaid'));
    }
    await markSite(staged, (await readSiteConfig({ ...io.env, ...options.env }, io.cwd)).base);

    // The output may have changed during the build (files put into it): check again right before replacing it.
    verdict = await guardOutput(request);
    if ('refusal' in verdict) return refuse(verdict.refusal, io);
    try {
      swapIntoPlace(staged, verdict.target, scratch.dir);
    } catch (error) {
      io.stderr(`The new site could not be moved into ${shownOut} (${(error as NodeJS.ErrnoException).code ?? String(error)}); it was left as it was.\n`);
      return EXIT.problems;
    }
  } finally {
    await scratch.release();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stdout(`Built ${catalog.systems.length} system${catalog.systems.length === 1 ? '' : 's'} and their search index into ${shownOut}/ in ${seconds} s (${phases.join(', ')}).\n`);
  return EXIT.ok;
}

/** Prints why the output folder was refused; exit code 2, as for any other unusable command line. */
function refuse(refusal: OutputRefusal, io: Io): number {
  io.stderr(`fieldguide build: ${refusal.message}\nhint: ${refusal.hint}\n`);
  return EXIT.usage;
}

/** True when some page holds an author-written diagram that only Mermaid in the browser can draw. */
async function needsClientMermaid(site: string): Promise<boolean> {
  const dir = join(site, 'systems');
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const html = await readFile(join(dir, entry.name, 'index.html'), 'utf8').catch(() => '');
    if (html.includes('diagram-client')) return true;
  }
  return false;
}

/** Copies Mermaid's browser build (without source maps) next to the site. */
async function copyMermaid(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  await cp(join(from, 'mermaid.esm.min.mjs'), join(to, 'mermaid.esm.min.mjs'));
  await cp(join(from, 'chunks', 'mermaid.esm.min'), join(to, 'chunks', 'mermaid.esm.min'), { recursive: true, filter: (src) => !src.endsWith('.map') });
}
