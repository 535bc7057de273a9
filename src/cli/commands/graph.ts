import { parseArgs } from 'node:util';
import { openCatalogIndex } from '../../core/graph/open-catalog-index.ts';
import { catalogIndexCache } from '../../core/graph/load-catalog-index.ts';
import { VERSION } from '../version.ts';
import { buildGraphExport } from '../../core/export/build-graph-export.ts';
import { renderDot } from '../../core/export/render-dot.ts';
import { renderMermaidGraph } from '../../core/export/render-mermaid-graph.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { parseChoice } from '../parse-choice.ts';
import { escapeControl } from '../format/escape-control.ts';
import { formatIncompleteAnswer } from '../format/format-incomplete-answer.ts';

export const graphHelp = `Usage: fieldguide graph [options]

Prints the dependency graph of every system \`check\` sees, so other tools can use it without parsing Markdown.
Edges point from a system to what it depends on; soft dependencies are dashed (DOT) or dotted (Mermaid).

Options:
  --format <name>        json (default), dot (Graphviz), mermaid
  --dir <folder>         catalog folder: the system docs and teams.yaml (default: \`systems\` from
                         fieldguide.config.yaml)
  --config <file>        config file (default: the nearest fieldguide.config.yaml upward, optional)
  --no-cache             analyze every doc again instead of reusing node_modules/.cache/fieldguide
  -h, --help             show this help

Example: npx fieldguide graph --format dot | dot -Tsvg > graph.svg
`;

const FORMATS = ['json', 'dot', 'mermaid'] as const;

/** `fieldguide graph`: the dependency graph as JSON, Graphviz DOT or Mermaid. */
export async function runGraph(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      format: { type: 'string', default: 'json' },
      dir: { type: 'string' },
      config: { type: 'string' },
      cache: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(graphHelp);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument \`${positionals[0]}\`; use --dir for the systems folder.`);
  const format = parseChoice('format', values.format, FORMATS);
  const catalog = await openCatalogIndex({
    cwd: io.cwd,
    ...(values.dir !== undefined ? { dir: values.dir } : {}),
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    cache: values.cache ? catalogIndexCache(io.cwd, VERSION) : undefined,
  });
  io.stderr(formatIncompleteAnswer(catalog.docsWithErrors));
  const graph = buildGraphExport(catalog);
  const text = format === 'dot' ? renderDot(graph) : format === 'mermaid' ? renderMermaidGraph(graph) : `${JSON.stringify(graph, null, 2)}\n`;
  // Names are the authors' text: whatever the format, no control character reaches the terminal.
  io.stdout(escapeControl(text));
  return EXIT.ok;
}
