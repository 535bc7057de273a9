import { parseArgs } from 'node:util';
import { CatalogError } from '../../core/catalog-error.ts';
import { countDiagnostics, type Diagnostic } from '../../core/diagnostic.ts';
import type { ChangeScope, ChangeScopeOptions } from '../../core/diff/load-change-scope.ts';
import { partitionByChange } from '../../core/diff/partition-by-change.ts';
import { loadCatalog } from '../../core/load-catalog.ts';
import type { Catalog, FileResults } from '../../core/analyze-catalog.ts';
import { displayPath } from '../../core/display-path.ts';
import { locateCatalog } from '../../core/locate-catalog.ts';
import { resolveCheckTarget, selectCheckedFiles } from '../resolve-check-paths.ts';
import { chooseCatalogDir } from '../choose-catalog-dir.ts';
import { formatHuman } from '../format/format-human.ts';
import { formatJson } from '../format/format-json.ts';
import { formatGithub } from '../format/format-github.ts';
import { toRepoPaths } from '../to-repo-paths.ts';
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
  paths                  \`*.md\` docs inside the catalog folder, to report on alone; relative to the working
                         directory (a folder given as the only argument is read as --dir)

Options:
  --dir <folder>         catalog folder: the system docs and teams.yaml (default: \`systems\` from
                         fieldguide.config.yaml)
  --format <name>        human (default), json, github (Actions annotations), sarif
  --changed-since <ref>  report only docs changed since <ref> and the problems the change caused in other files
                         (for pull requests); the exit code still covers every doc
  --max-warnings <n>     exit 1 when there are more than n warnings (default: no limit)
  --quiet                report errors only
  --today <YYYY-MM-DD>   pin the current date (review ages), for reproducible runs
  --config <file>        config file (default: the nearest fieldguide.config.yaml upward, optional)
  --verbose              name every entry of the systems folder that was skipped (not a doc, README, ignored)
  -h, --help             show this help

With --changed-since <ref>, the change is what git shows between the merge base of <ref> and HEAD (<ref> itself in a
shallow clone that lacks it) and the work tree (committed or not, untracked files too) in the catalog folder and the
config, as in a pull request's diff. A problem
it caused in an untouched file (a dependency a rename left dangling, an owner removed from teams.yaml) is found by
comparing with the catalog at the merge base, as \`fieldguide diff\` does. The summary counts what was left out.
GitHub shows at most 10 annotations of each kind per step: this keeps a pull request's own in view.

Exit codes: 0 no errors (warnings allowed up to --max-warnings), 1 problems found, 2 usage or internal error.
`;

const FORMATS = ['human', 'json', 'github', 'sarif'] as const;

/** `fieldguide check`: load, analyze, print in the chosen format, and exit 0/1. */
export async function runCheck(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dir: { type: 'string' },
      format: { type: 'string', default: 'human' },
      'changed-since': { type: 'string' },
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
  const dirOption = chooseCatalogDir(io.cwd, values.dir, 'dir' in target ? target.dir : undefined);
  const since = values['changed-since'];
  if (since !== undefined && (since === '' || since.startsWith('-'))) throw new UsageError(`--changed-since takes a git ref, such as \`--changed-since origin/main\`${since ? `, not \`${since}\`` : ''}.`);
  if (since !== undefined && 'files' in target) throw new UsageError('--changed-since picks the changed docs itself: name either doc files or --changed-since, not both.');

  const location = { cwd: io.cwd, ...(dirOption !== undefined ? { dir: dirOption } : {}), ...(values.config !== undefined ? { configFile: values.config } : {}) };
  // Named files are checked against the catalog folder first, so a wrong path is the first thing said.
  const dir = 'files' in target ? locateCatalog(location).dir : undefined;
  const selected = dir !== undefined && 'files' in target ? selectCheckedFiles(io.cwd, dir, target.files, displayPath(io.cwd, dir)) : undefined;
  // The whole catalog is analyzed either way (cross-file rules need it); with named files, only theirs are reported.
  // With --changed-since, each doc's own analysis is kept: the change's scope compares the work tree (this very
  // analysis) with the base, whose unchanged docs then need no analysis of their own.
  const fileResults: FileResults | undefined = since !== undefined ? new Map() : undefined;
  const loaded = await loadCatalog({ ...location, parallel: true, ...(today ? { today } : {}), ...(fileResults ? { fileResults } : {}) });
  const catalog = selected ? narrowCatalog(loaded, selected) : loaded;
  let diagnostics = values.quiet ? catalog.diagnostics.filter((d) => d.severity === 'error') : catalog.diagnostics;
  let suppressed = catalog.suppressed;
  let reported = selected ? { checked: catalog.docCount, of: loaded.docCount } : { checked: catalog.docCount };
  let hidden: string | undefined;
  if (since !== undefined) {
    const scope = await scopeToChange({ ...location, ref: since, today: loaded.today, analyzed: { head: loaded, fileResults: fileResults! } }, io);
    const { shown, hidden: left } = partitionByChange(diagnostics, scope);
    diagnostics = shown;
    suppressed = suppressed.filter((s) => scope.files.has(s.diagnostic.file));
    const docs = new Set([...scope.docs, ...shown.map((d) => d.file).filter((file) => file.endsWith('.md'))]);
    reported = { checked: docs.size, of: loaded.docCount };
    hidden = describeHidden(left, since);
  }

  switch (format) {
    case 'json': io.stdout(formatJson(diagnostics, suppressed)); break;
    // GitHub and SARIF readers take paths from the repository root, wherever check ran from.
    case 'github': io.stdout(formatGithub(toRepoPaths(diagnostics, io.cwd))); break;
    case 'sarif': {
      const accepted = toRepoPaths(suppressed.map((s) => s.diagnostic), io.cwd).map((diagnostic, i) => ({ ...suppressed[i]!, diagnostic }));
      io.stdout(formatSarif(toRepoPaths(diagnostics, io.cwd), VERSION, accepted));
      break;
    }
    default: io.stdout(formatHuman(diagnostics, { color: io.stdoutIsTty && !io.env.NO_COLOR, ...reported, accepted: suppressed.length }));
  }
  // What --changed-since left out: under the human summary, on stderr for the machine formats (their stdout is theirs).
  if (hidden && format === 'human') io.stdout(hidden);
  else if (hidden) io.stderr(hidden);
  // Machine formats keep stdout to themselves; the human one tells the count there, and the list on request.
  const skipped = describeSkipped(catalog.skipped, values.verbose);
  if (skipped && format === 'human') io.stdout(skipped);
  else if (skipped && values.verbose) io.stderr(skipped);
  // The exit code covers every doc, also with --changed-since: an error left out of the report still fails the run.
  const { errors, warnings } = countDiagnostics(catalog.diagnostics);
  if (format === 'human' && errors === 0 && warnings > maxWarnings) {
    io.stderr(`Too many warnings (${warnings}, the limit is ${maxWarnings}).\n`);
  }
  return errors > 0 || warnings > maxWarnings ? EXIT.problems : EXIT.ok;
}

/** The change `--changed-since <ref>` scopes the report to; a ref git cannot resolve is a usage error that names the option. */
async function scopeToChange(options: ChangeScopeOptions, io: Io): Promise<ChangeScope> {
  // Loaded only when asked for, so a plain check starts as fast as before.
  const [{ loadChangeScope }, { GitRefError }, { catalogIndexCache }] = await Promise.all([
    import('../../core/diff/load-change-scope.ts'), import('../../core/diff/run-git.ts'), import('../../core/graph/load-catalog-index.ts'),
  ]);
  let scope: ChangeScope;
  try {
    scope = await loadChangeScope({ ...options, cache: catalogIndexCache(io.cwd, VERSION) });
  } catch (error) {
    if (!(error instanceof GitRefError)) throw error;
    // One line that names the option; the git layer speaks of `fieldguide diff`'s --base, here the ref came from --changed-since.
    throw new CatalogError(`--changed-since ${options.ref}: ${error.message.replace(/\n/g, ' ').replaceAll('`--base ', '`--changed-since ')}`);
  }
  if (!scope.mergeBase) io.stderr(`No merge base of \`${escapeControl(options.ref)}\` and HEAD in this clone (a shallow clone?): compared with \`${escapeControl(options.ref)}\` itself.\n`);
  return scope;
}

/** The line that says what `--changed-since` left out, or undefined when it left out nothing. */
function describeHidden(hidden: readonly Diagnostic[], ref: string): string | undefined {
  if (hidden.length === 0) return undefined;
  const { errors, warnings } = countDiagnostics(hidden);
  const files = new Set(hidden.map((d) => d.file)).size;
  return `Not shown (--changed-since ${escapeControl(ref)}): ${plural(hidden.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')} the change did not touch.\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
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
