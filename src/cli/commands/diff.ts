import { parseArgs } from 'node:util';
import { loadDiffSides } from '../../core/diff/load-diff-sides.ts';
import { diffCatalogs } from '../../core/diff/diff-catalogs.ts';
import { formatDiffMarkdown } from '../format/format-diff-markdown.ts';
import { formatDiffJson } from '../format/format-diff-json.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { parseDateOption } from '../parse-date-option.ts';
import { catalogIndexCache } from '../../core/graph/load-catalog-index.ts';
import { formatIncompleteAnswer } from '../format/format-incomplete-answer.ts';
import { VERSION } from '../version.ts';
import { parseChoice } from '../parse-choice.ts';

export const diffHelp = `Usage: fieldguide diff --base <git-ref> [options]

Compares the catalog at a git ref with the working tree and prints a summary for a pull request: systems
added, removed and renamed; changed owner, lifecycle, tier and dependencies; readiness changes; and, for
every changed system, the systems that depend on it and their owner teams, so reviewers know whom to ask.
The base is read from git's object store: nothing is checked out or written.

Options:
  --base <ref>           branch, tag or commit to compare with, such as origin/main (required)
  --format <name>        markdown (default), json
  --dir <folder>         catalog folder: the system docs and teams.yaml (default: \`systems\` from
                         fieldguide.config.yaml)
  --config <file>        config file (default: the nearest fieldguide.config.yaml upward, optional)
  --today <YYYY-MM-DD>   pin the current date (review ages, readiness), for reproducible runs
  --no-cache             analyze every doc again instead of reusing node_modules/.cache/fieldguide
  -h, --help             show this help

In a shallow CI clone, fetch the base first: git fetch --depth=1 origin main
Exit codes: 0 summary printed (whatever changed), 2 usage error or a base ref that is not in the clone.
`;

const FORMATS = ['markdown', 'json'] as const;

/** `fieldguide diff --base <ref>`: what a change does to the catalog, for a pull request. */
export async function runDiff(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      base: { type: 'string' },
      format: { type: 'string', default: 'markdown' },
      dir: { type: 'string' },
      config: { type: 'string' },
      today: { type: 'string' },
      cache: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(diffHelp);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument \`${positionals[0]}\`; the base ref goes in --base.`);
  if (values.base === undefined || values.base === '') throw new UsageError('--base <git-ref> is required, such as `--base origin/main`.');
  if (values.base.startsWith('-')) throw new UsageError(`\`${values.base}\` is not a git ref.`);
  const format = parseChoice('format', values.format, FORMATS);
  const today = parseDateOption(values.today) ?? new Date().toISOString().slice(0, 10);

  const { base, head, commit, config } = await loadDiffSides({
    cwd: io.cwd,
    ...(values.dir !== undefined ? { dir: values.dir } : {}),
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    ref: values.base,
    today,
    cache: values.cache ? catalogIndexCache(io.cwd, VERSION) : undefined,
  });
  // The head is the catalog the pull request leaves behind: its errors are the ones that make the answer incomplete.
  io.stderr(formatIncompleteAnswer(head.docsWithErrors));
  const diff = diffCatalogs(base, head);
  io.stdout(format === 'json'
    ? formatDiffJson(diff, { ref: values.base, commit })
    : formatDiffMarkdown(diff, { base: values.base, commit, levels: new Map(config.readiness.levels.map((l) => [l.id, l.name])) }));
  return EXIT.ok;
}
