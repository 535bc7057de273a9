import { parseArgs } from 'node:util';
import { countDiagnostics } from '../../core/diagnostic.ts';
import { loadCatalog } from '../../core/load-catalog.ts';
import { formatHuman } from '../format/format-human.ts';
import { formatJson } from '../format/format-json.ts';
import { formatGithub } from '../format/format-github.ts';
import { formatSarif } from '../format/format-sarif.ts';
import { escapeControl } from '../format/escape-control.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { VERSION } from '../version.ts';
import { parseDateOption } from '../parse-date-option.ts';
import { parseChoice } from '../parse-choice.ts';

export const checkHelp = `Usage: fieldguide check [dir] [options]

Validates every system doc and the teams file, reporting all problems in all files.
Never writes to the docs.

Arguments:
  dir                    folder of system docs (default: \`systems\` from fieldguide.config.yaml)

Options:
  --format <name>        human (default), json, github (Actions annotations), sarif
  --max-warnings <n>     exit 1 when there are more than n warnings (default: no limit)
  --quiet                report errors only
  --today <YYYY-MM-DD>   pin the current date (review ages), for reproducible runs
  --config <file>        config file (default: the nearest fieldguide.config.yaml upward, optional)
  --verbose              name every entry of the systems folder that was skipped as not a doc
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
  if (positionals.length > 1) throw new UsageError(`Expected at most one folder, got ${positionals.length}.`);
  const format = parseChoice('format', values.format, FORMATS);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number, 0 or more.');
  }
  const today = parseDateOption(values.today);

  const catalog = await loadCatalog({
    cwd: io.cwd,
    parallel: true,
    ...(positionals[0] !== undefined ? { dir: positionals[0] } : {}),
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    ...(today ? { today } : {}),
  });
  const diagnostics = values.quiet ? catalog.diagnostics.filter((d) => d.severity === 'error') : catalog.diagnostics;

  switch (format) {
    case 'json': io.stdout(formatJson(diagnostics, catalog.suppressed)); break;
    case 'github': io.stdout(formatGithub(diagnostics)); break;
    case 'sarif': io.stdout(formatSarif(diagnostics, VERSION, catalog.suppressed)); break;
    default: io.stdout(formatHuman(diagnostics, { color: io.stdoutIsTty && !io.env.NO_COLOR, checked: catalog.docCount, accepted: catalog.suppressed.length }));
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

/** The note on entries of the systems folder that are not docs: how many, or with `verbose`, which. */
function describeSkipped(paths: readonly string[], verbose: boolean): string | undefined {
  if (paths.length === 0) return undefined;
  const what = paths.length === 1 ? '1 entry that is not a `*.md` doc' : `${paths.length} entries that are not \`*.md\` docs`;
  if (!verbose) return `Skipped ${what} (--verbose lists them).\n`;
  const lines = paths.map((path) => {
    const note = /\.md$/i.test(path) ? ' (the extension must be lowercase `.md`)' : '';
    return `  ${escapeControl(path).replace(/\n/g, '\\n')}${note}`;
  });
  return `Skipped ${what}:\n${lines.join('\n')}\n`;
}
