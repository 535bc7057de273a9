import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { importBackstage } from '../../core/backstage/import-backstage.ts';
import { countDiagnostics } from '../../core/diagnostic.ts';
import { displayPath } from '../../core/display-path.ts';
import { locateCatalog } from '../../core/locate-catalog.ts';
import { chooseCatalogDir } from '../choose-catalog-dir.ts';
import { formatGithub } from '../format/format-github.ts';
import { formatHuman } from '../format/format-human.ts';
import { formatJson } from '../format/format-json.ts';
import { formatSarif } from '../format/format-sarif.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { parseChoice } from '../parse-choice.ts';
import { toRepoPaths } from '../to-repo-paths.ts';
import { VERSION } from '../version.ts';

export const importHelp = `Usage: fieldguide import backstage <path-or-glob>… [options]

Reads Backstage descriptor files (catalog-info.yaml; multi-document YAML, Location targets followed) and writes one
system doc per Component, Resource, System and API, and the teams from Groups into teams.yaml. Docs are written as
\`proposed\`, with what the import lacks listed under "Open questions" and every field that did not map kept under
"Imported from Backstage, not mapped". The README's "Importing from Backstage" section has the mapping.

Options:
  --dir <folder>     catalog folder to write into (default: \`systems\` from fieldguide.config.yaml)
  --force            overwrite existing docs
  --update           in existing docs, refresh only the fields that come from Backstage (name, summary, owner, kind,
                     tags, links, depends_on), keeping the body, comments and every other field
  --dry-run          print what would be written, write nothing
  --format <name>    how problems are printed: human (default), json, github, sarif
  --config <file>    config file (default: the nearest fieldguide.config.yaml upward)
  -h, --help         show this help

Exit codes: 0 imported (warnings allowed), 1 an entity was invalid, 2 usage error.
`;

const FORMATS = ['human', 'json', 'github', 'sarif'] as const;

/** `fieldguide import backstage`: read descriptors, write docs and teams, print the problems like \`check\` does. */
export async function runImport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: {
      dir: { type: 'string' }, force: { type: 'boolean', default: false }, update: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false }, format: { type: 'string', default: 'human' }, config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { io.stdout(importHelp); return EXIT.ok; }
  const [source, ...patterns] = positionals;
  if (source !== 'backstage') throw new UsageError(source === undefined ? 'Say what to import from: `fieldguide import backstage <path>…`.' : `Unexpected source \`${source}\`, expected \`backstage\`.`);
  if (patterns.length === 0) throw new UsageError('Name the descriptor files: `fieldguide import backstage catalog-info.yaml`.');
  if (values.force && values.update) throw new UsageError('--force rewrites whole docs and --update only their imported fields: choose one.');
  const format = parseChoice('format', values.format, FORMATS);
  const paths = patterns.flatMap((pattern) => {
    if (!/[*?[{]/.test(pattern)) return [pattern];
    // fs.globSync arrived in Node 22; import itself runs on Node 20, where a glob is left to the shell.
    const globSync = (fs as { globSync?: (pattern: string, options: { cwd: string }) => string[] }).globSync;
    if (!globSync) throw new UsageError(`\`${pattern}\` is a pattern, and this Node (${process.versions.node}) cannot expand one: name the files, or let the shell expand it (leave the pattern unquoted).`);
    const found = globSync(pattern, { cwd: io.cwd }).sort();
    if (found.length === 0) throw new UsageError(`No file matches \`${pattern}\`.`);
    return found;
  });
  const dirOption = chooseCatalogDir(io.cwd, values.dir, undefined);
  const { dir } = locateCatalog({ cwd: io.cwd, ...(dirOption !== undefined ? { dir: dirOption } : {}), ...(values.config !== undefined ? { configFile: values.config } : {}) });
  const dryRun = values['dry-run'];
  const result = importBackstage({ cwd: io.cwd, paths, dir, existing: values.force ? 'force' : values.update ? 'update' : 'skip', dryRun });
  const { diagnostics } = result;
  switch (format) {
    case 'json': io.stdout(formatJson(diagnostics)); break;
    case 'github': io.stdout(formatGithub(toRepoPaths(diagnostics, io.cwd))); break;
    case 'sarif': io.stdout(formatSarif(toRepoPaths(diagnostics, io.cwd), VERSION)); break;
    default: if (diagnostics.length > 0) io.stdout(formatHuman(diagnostics, { color: io.stdoutIsTty && !io.env.NO_COLOR }));
  }
  const report = format === 'human' ? io.stdout : io.stderr;
  for (const file of result.written) {
    report(`${dryRun ? 'Would write' : file.action[0]!.toUpperCase() + file.action.slice(1)}: ${displayPath(io.cwd, file.path)}${dryRun ? ` (${file.action})` : ''}\n`);
    if (dryRun && format === 'human' && !file.action.startsWith('skipped') && file.action !== 'unchanged') report(`${file.text}\n`);
  }
  const notMapped = Object.entries(result.plan.notMapped).map(([kind, n]) => `${n} ${kind}`);
  if (notMapped.length > 0) report(`Not imported (no fieldguide counterpart): ${notMapped.join(', ')}.\n`);
  return countDiagnostics(diagnostics).errors > 0 ? EXIT.problems : EXIT.ok;
}
