import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { countDiagnostics } from '../../core/diagnostic.ts';
import { loadCatalog } from '../../core/load-catalog.ts';
import { writeCatalogExport } from '../../core/export/write-catalog-export.ts';
import { SITE_ENV } from '../../site/site-env.ts';
import { formatHuman } from '../format/format-human.ts';
import { EXIT, type Io } from '../io.ts';
import { runAstro } from '../run-astro.ts';
import { parseSiteOptions } from '../site-options.ts';
import { indexSite } from '../index-site.ts';

export const buildHelp = `Usage: fieldguide build [dir] [options]

Checks the catalog, then builds the static site: every page, the diagrams, the search index, and
catalog.json (every system with resolved relations and readiness, for other tools).
Errors stop the build before anything is written. The site is built in a temporary folder and moved
into place only when everything succeeded, so a failed build leaves the previous site untouched.

Arguments:
  dir                    folder of system docs (default: \`systems\` from fieldguide.config.yaml)

Options:
  --out <dir>            where the site goes (default: dist)
  --today <YYYY-MM-DD>   pin the current date (review ages), for reproducible output
  --config <file>        config file (default: ./fieldguide.config.yaml, optional)
  -h, --help             show this help

Exit codes: 0 built, 1 the catalog has errors or the build failed, 2 usage or internal error.
`;

/** `fieldguide build`: check, build with Astro into a temporary folder, index for search, then swap into place. */
export async function runBuild(argv: string[], io: Io): Promise<number> {
  const options = parseSiteOptions(argv, io, { out: { type: 'string', default: 'dist' } });
  if (options.values.help) {
    io.stdout(buildHelp);
    return EXIT.ok;
  }
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
    io.stderr(formatHuman(catalog.diagnostics, { color: io.stdoutIsTty && !io.env.NO_COLOR, checked: catalog.systems.length }));
    io.stderr('The site was not built: fix the errors above first.\n');
    return EXIT.problems;
  }
  if (warnings > 0) io.stdout(`${warnings} warning${warnings === 1 ? '' : 's'} (\`npm run check\` lists them).\n`);

  const out = resolve(io.cwd, String(options.values.out));
  const work = join(dirname(out), '.fieldguide-build');
  const staged = join(work, 'site');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const astro = await runAstro({
    args: ['build', '--silent'],
    env: { ...io.env, ...options.env, [SITE_ENV.dir]: catalog.dir, FIELDGUIDE_OUT: staged },
    capture: true,
  });
  if (astro.code !== 0) {
    io.stderr(`${astro.output.trimEnd()}\n\nThe site build failed; ${relative(io.cwd, out) || out} was left as it was.\n`);
    await rm(work, { recursive: true, force: true });
    return EXIT.problems;
  }
  phase('pages');
  const indexed = await indexSite(staged);
  phase('search index');
  if (indexed.errors.length > 0) {
    io.stderr(`Search indexing failed:\n${indexed.errors.join('\n')}\n`);
    await rm(work, { recursive: true, force: true });
    return EXIT.problems;
  }
  // The catalog as data, for tools that should not parse Markdown: the same analysis the pages were built from.
  await writeCatalogExport(catalog, join(staged, 'catalog.json'));
  if (await needsClientMermaid(staged)) {
    const mermaid = join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist');
    await copyMermaid(mermaid, join(staged, '_fieldguide', 'mermaid'));
  }

  // Swap: the old site moves aside, the new one takes its place, then the old one goes.
  const old = join(work, 'previous');
  await rename(out, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staged, out);
  await rm(work, { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stdout(`Built ${catalog.systems.length} systems and their search index into ${relative(io.cwd, out) || out}/ in ${seconds} s (${phases.join(', ')}).\n`);
  return EXIT.ok;
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
