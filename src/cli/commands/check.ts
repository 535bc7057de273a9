import { parseArgs } from 'node:util';
import { countDiagnostics } from '../../core/diagnostic.ts';
import { loadCatalog } from '../../core/load-catalog.ts';
import type { Catalog } from '../../core/analyze-catalog.ts';
import { displayPath } from '../../core/display-path.ts';
import { locateCatalog } from '../../core/locate-catalog.ts';
import { resolveCheckTarget, selectCheckedFiles } from '../resolve-check-paths.ts';
import { formatHuman } from '../format/format-human.ts';
import { formatJson } from '../format/format-json.ts';
import { formatGithub } from '../format/format-github.ts';
import { formatSarif } from '../format/format-sarif.ts';
import { escapeControl } from '../format/escape-control.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { VERSION } from '../version.ts';
import { parseDateOption } from '../parse-date-option.ts';
import { parseChoice } from '../parse-choice.ts';

export const checkHelp = `Usage: fieldguide check [paths…] [options]

Validates every system doc and the teams file, reporting all problems in all files.
Docs may sit in subfolders; README.md files and paths matching \`check.ignore\` are skipped (and counted).
With doc files (for pre-commit hooks and lint-staged), reports only their problems, still checked against the whole
catalog (a dependency on a missing system is caught). Never writes to the docs.

Arguments:
  paths                  one folder of system docs (default: \`systems\` from fieldguide.config.yaml), or
                         \`*.md\` docs inside the configured systems folder; relative to the working directory

Options:
  --format <name>        human (default), json, github (Actions annotations), sarif
  --max-warnings <n>     exit 1 when there are more than n warnings (default: no limit)
  --quiet                report errors only
  --today <YYYY-MM-DD>   pin the current date (review ages), for reproducible runs
  --config <file>        config file (default: the nearest fieldguide.config.yaml upward, optional)
  --verbose              name every entry of the systems folder that was skipped (not a doc, README, ignored)
  -h, --help             show this help

Exit codes: 0 no errors (warnings allowed up to --max-warnings), 1 problems found, 2 usage or internal error.
`;

const FORMATS = ['human', 'json', 'github', 'sarif'] as const;

/** `fieldguide check`: load, analyze, print in the chosen format, and exit 0/1. */
export async function runCheck(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'human' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      today: { type: 'string' },
      config: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(checkHelp);
    return EXIT.ok;
  }
  const format = parseChoice('format', values.format, FORMATS);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number, 0 or more.');
  }
  const today = parseDateOption(values.today);
  const target = resolveCheckTarget(io.cwd, positionals);

  const configFile = values.config !== undefined ? { configFile: values.config } : {};
  // Named files are checked against the catalog folder first, so a wrong path is the first thing said.
  const dir = 'files' in target ? locateCatalog({ cwd: io.cwd, ...configFile }).dir : undefined;
  const selected = dir !== undefined && 'files' in target ? selectCheckedFiles(io.cwd, dir, target.files, displayPath(io.cwd, dir)) : undefined;
  // The whole catalog is analyzed either way (cross-file rules need it); with named files, only theirs are reported.
  const loaded = await loadCatalog({
    cwd: io.cwd,
    parallel: true,
    ...('dir' in target && target.dir !== undefined ? { dir: target.dir } : {}),
    ...configFile,
    ...(today ? { today } : {}),
  });
  const catalog = selected ? narrowCatalog(loaded, selected) : loaded;
  const diagnostics = values.quiet ? catalog.diagnostics.filter((d) => d.severity === 'error') : catalog.diagnostics;

  switch (format) {
    case 'json': io.stdout(formatJson(diagnostics, catalog.suppressed)); break;
    case 'github': io.stdout(formatGithub(diagnostics)); break;
    case 'sarif': io.stdout(formatSarif(diagnostics, VERSION, catalog.suppressed)); break;
    default: io.stdout(formatHuman(diagnostics, { color: io.stdoutIsTty && !io.env.NO_COLOR, checked: catalog.docCount, ...(selected ? { of: loaded.docCount } : {}), accepted: catalog.suppressed.length }));
  }
  // Machine formats keep stdout to themselves; the human one tells the count there, and the list on request.
  const skipped = describeSkipped(catalog.skipped, values.verbose);
  if (skipped && format === 'human') io.stdout(skipped);
  else if (skipped && values.verbose) io.stderr(skipped);
  const { errors, warnings } = countDiagnostics(catalog.diagnostics);
  if (format === 'human' && errors === 0 && warnings > maxWarnings) {
    io.stderr(`Too many warnings (${warnings}, the limit is ${maxWarnings}).\n`);
  }
  return errors > 0 || warnings > maxWarnings ? EXIT.problems : EXIT.ok;
}

/** The catalog as `check <files>` reports it: the named files' problems, accepted exceptions and skipped entries. */
function narrowCatalog<T extends Catalog>(catalog: T, files: ReadonlySet<string>): T {
  return {
    ...catalog,
    diagnostics: catalog.diagnostics.filter((d) => files.has(d.file)),
    suppressed: catalog.suppressed.filter((s) => files.has(s.diagnostic.file)),
    // A named README or ignored file is skipped, as in a whole-catalog run, and counted as such.
    skipped: catalog.skipped.filter((path) => files.has(path)),
    docCount: [...files].filter((file) => !catalog.skipped.includes(file)).length,
  };
}

/** The note on entries of the systems folder that are not read as docs: how many, or with `verbose`, which and why. */
function describeSkipped(paths: readonly string[], verbose: boolean): string | undefined {
  if (paths.length === 0) return undefined;
  const what = paths.length === 1 ? '1 entry that is not a system doc' : `${paths.length} entries that are not system docs`;
  if (!verbose) return `Skipped ${what} (--verbose lists them).\n`;
  const lines = paths.map((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    // A file named `*.md` is skipped only as a README or by `check.ignore`; the listing keeps no other reason.
    const note = name.toLowerCase() === 'readme.md' ? ' (a README)'
      : name.endsWith('.md') ? ' (matches `check.ignore`)'
        : /\.md$/i.test(name) ? ' (the extension must be lowercase `.md`)' : '';
    return `  ${escapeControl(path).replace(/\n/g, '\\n')}${note}`;
  });
  return `Skipped ${what}:\n${lines.join('\n')}\n`;
}
