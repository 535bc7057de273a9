import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { countDiagnostics } from '../../core/diagnostic.ts';
import { loadCatalog } from '../../core/load-catalog.ts';
import { exportBackstage, LOCATION_FILE } from '../../core/backstage/export-backstage.ts';
import { writeExportFiles } from '../../core/backstage/export-write-files.ts';
import { formatHuman } from '../format/format-human.ts';
import { escapeControl } from '../format/escape-control.ts';
import { EXIT, UsageError, type Io } from '../io.ts';

export const exportHelp = `Usage: fieldguide export backstage [options]

Writes the catalog as Backstage descriptors, so a Backstage instance can ingest it: a Component or Resource per
system, a Group per team, a User per team member, one file each, and \`catalog-info.yaml\`, a Location listing
them (register that one in Backstage). Facts only fieldguide has (tier, readiness, last review, lifecycle before
mapping) are \`fieldguide.dev/\` annotations. The README's "Exporting to Backstage" has the whole mapping.

The output folder must be new, empty, or a previous export; a previous export's files that are no longer written
are removed, and nothing else in the folder is ever touched.

Options:
  --out <folder>         where to write (default: \`backstage\`)
  --force                write into a folder that holds other files (same-named files are replaced)
  --dir <folder>         catalog folder: the system docs and teams.yaml (default: \`systems\` from
                         fieldguide.config.yaml)
  --config <file>        config file (default: the nearest fieldguide.config.yaml upward, optional)
  -h, --help             show this help

Example: npx fieldguide export backstage --out backstage
`;

const TARGETS = ['backstage'];

/** `fieldguide export backstage`: the catalog as Backstage descriptor files. */
export async function runExport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'backstage' },
      force: { type: 'boolean', default: false },
      dir: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(exportHelp);
    return EXIT.ok;
  }
  const [target, extra] = positionals;
  if (target === undefined) throw new UsageError('Missing what to export to, expected `backstage`.');
  if (!TARGETS.includes(target)) throw new UsageError(`Unexpected \`${target}\`, expected \`backstage\`.`);
  if (extra !== undefined) throw new UsageError(`Unexpected argument \`${extra}\`; use --out for the output folder.`);

  const catalog = await loadCatalog({
    cwd: io.cwd,
    parallel: true,
    ...(values.dir !== undefined ? { dir: values.dir } : {}),
    ...(values.config !== undefined ? { configFile: values.config } : {}),
  });
  const out = resolve(io.cwd, values.out);
  const shown = relative(io.cwd, out).split(sep).join('/') || '.';
  const catalogDir = resolve(io.cwd, catalog.dir);
  if (out === catalogDir || out.startsWith(catalogDir + sep)) {
    return refuse(`Refusing to export into \`${shown}\`: it is in the catalog folder, where descriptors would mix with the docs.`, 'Choose a folder of its own for --out, such as `backstage` (the default).', io);
  }
  const { errors } = countDiagnostics(catalog.diagnostics);
  if (errors > 0) {
    io.stderr(formatHuman(catalog.diagnostics, { color: io.stdoutIsTty && !io.env.NO_COLOR, checked: catalog.docCount }));
    io.stderr('Nothing was exported: fix the errors above first.\n');
    return EXIT.problems;
  }
  const exported = exportBackstage(catalog);
  const outcome = await writeExportFiles(out, exported.files, { force: values.force, shown });
  if ('refusal' in outcome) return refuse(outcome.refusal.message, outcome.refusal.hint, io);

  const lines = outcome.written.map((file) => `  ${shown}/${file}`);
  const counts = new Map<string, number>();
  for (const f of exported.files.slice(1)) counts.set(f.entity.kind, (counts.get(f.entity.kind) ?? 0) + 1);
  const summary = [...counts].map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`).join(', ');
  let text = `Wrote ${files(outcome.written.length)} to ${shown}/ (${summary}):\n${lines.join('\n')}\n`;
  if (outcome.removed.length > 0) text += `Removed ${files(outcome.removed.length)} the previous export wrote and this one does not:\n${outcome.removed.map((f) => `  ${shown}/${f}`).join('\n')}\n`;
  if (exported.notes.length > 0) text += `Changed to fit Backstage's rules:\n${exported.notes.map((n) => `  ${n.entity}: ${n.message}`).join('\n')}\n`;
  text += `Register ${shown}/${LOCATION_FILE} in Backstage (a Location) to ingest them.\n`;
  // Names and titles are the authors' text: no control character reaches the terminal.
  io.stdout(escapeControl(text));
  return EXIT.ok;
}

function files(n: number): string {
  return `${n} ${n === 1 ? 'file' : 'files'}`;
}

function refuse(message: string, hint: string, io: Io): number {
  io.stderr(`fieldguide export: ${message}\nhint: ${hint}\n`);
  return EXIT.usage;
}
