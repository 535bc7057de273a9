import { parseArgs } from 'node:util';
import { openCatalogIndex } from '../../core/graph/open-catalog-index.ts';
import { catalogIndexCache } from '../../core/graph/load-catalog-index.ts';
import { buildImpactReport } from '../../core/graph/build-impact-report.ts';
import { buildGraphExport } from '../../core/export/build-graph-export.ts';
import { formatImpactText } from '../format/format-impact-text.ts';
import { formatImpactJson } from '../format/format-impact-json.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { VERSION } from '../version.ts';
import { formatUnknownSystem } from '../format/format-unknown-system.ts';
import { parseChoice } from '../parse-choice.ts';
import { escapeControl } from '../format/escape-control.ts';
import { formatIncompleteAnswer } from '../format/format-incomplete-answer.ts';

export const impactHelp = `Usage: fieldguide impact <id> [options]

Shows everything that depends on a system, directly and through other systems: what breaks if it goes down
(every dependency on the path is hard) and what only degrades (the path goes through a soft dependency),
with the path, tier, lifecycle and owner team of each. Cycles are followed once.

Arguments:
  id                     system id (its file name without .md)

Options:
  --reverse              show what the system depends on instead
  --depth <n>            follow at most n hops (default: no limit)
  --format <name>        text (default), json, mermaid
  --dir <folder>         catalog folder: the system docs and teams.yaml (default: \`systems\` from
                         fieldguide.config.yaml)
  --config <file>        config file (default: the nearest fieldguide.config.yaml upward, optional)
  --no-cache             analyze every doc again instead of reusing node_modules/.cache/fieldguide
  -h, --help             show this help

Exit codes: 0 answered, 2 usage error (such as an unknown id).
`;

const FORMATS = ['text', 'json', 'mermaid'] as const;

/** `fieldguide impact <id>`: what breaks if a system goes down (or, with --reverse, what it needs). */
export async function runImpact(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      reverse: { type: 'boolean', default: false },
      depth: { type: 'string' },
      format: { type: 'string', default: 'text' },
      dir: { type: 'string' },
      config: { type: 'string' },
      cache: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(impactHelp);
    return EXIT.ok;
  }
  const id = positionals[0];
  if (id === undefined || positionals.length > 1) throw new UsageError('Expected exactly one system id.');
  const format = parseChoice('format', values.format, FORMATS);
  const maxDepth = values.depth === undefined ? undefined : Number(values.depth);
  if (maxDepth !== undefined && (!/^\d+$/.test(values.depth!) || maxDepth < 1)) throw new UsageError(`--depth takes a whole number of hops, 1 or more, got \`${values.depth}\`.`);

  const catalog = await openCatalogIndex({
    cwd: io.cwd,
    ...(values.dir !== undefined ? { dir: values.dir } : {}),
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    cache: values.cache ? catalogIndexCache(io.cwd, VERSION) : undefined,
  });
  if (!catalog.byId.has(id)) {
    // A doc that is not a system could not be read or parsed: its first error says why.
    const problem = catalog.diagnostics.find((d) => d.severity === 'error' && (d.file === `${id}.md` || d.file.endsWith(`/${id}.md`)));
    io.stderr(formatUnknownSystem('impact', id, catalog.byId.keys(), problem));
    return EXIT.usage;
  }
  io.stderr(formatIncompleteAnswer(catalog.docsWithErrors));

  const report = buildImpactReport(catalog, id, {
    direction: values.reverse ? 'dependencies' : 'dependents',
    ...(maxDepth !== undefined ? { maxDepth } : {}),
  });
  switch (format) {
    case 'json': io.stdout(formatImpactJson(report)); break;
    case 'mermaid': {
      const { renderMermaidGraph } = await import('../../core/export/render-mermaid-graph.ts');
      io.stdout(escapeControl(renderMermaidGraph(buildGraphExport(catalog, new Set([id, ...report.entries.map((e) => e.id)])), { highlight: id })));
      break;
    }
    default: io.stdout(formatImpactText(report));
  }
  return EXIT.ok;
}

