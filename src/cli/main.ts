import { CatalogError } from '../core/catalog-error.ts';
import { suggest } from '../core/suggest.ts';
import { describeArgsError, isParseArgsError } from './describe-args-error.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { readUsage, type Usage } from './read-usage.ts';
import { VERSION } from './version.ts';
import { COMMANDS } from './commands/index.ts';

const mainHelp = () => `Usage: fieldguide <command> [options]

A docs-as-code catalog of your team's systems.

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join('\n')}

Options:
  -h, --help     show help (also \`fieldguide <command> --help\`)
  -v, --version  print the version

Run through npm so the project's Node is used: \`npx fieldguide check\`.
`;

/** Runs one command line and returns the exit code; never calls process.exit itself. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    if (name === 'help' && rest[0] && rest[0] in COMMANDS) return main([rest[0], '--help'], io);
    io.stdout(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as keyof typeof COMMANDS] : undefined;
  if (!command) {
    const names = Object.keys(COMMANDS);
    const guess = name.startsWith('-') ? undefined : suggest(name, names);
    const what = name.startsWith('-') ? 'option' : 'command';
    const reason = guess ? `. Did you mean \`${guess}\`?` : `, expected one of ${names.map((n) => `\`${n}\``).join(', ')}.`;
    io.stderr(`fieldguide: Unknown ${what} \`${name}\`${reason}\n${readUsage(mainHelp()).line}\nRun \`fieldguide --help\` for the commands.\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isParseArgsError(error)) {
      // The command line's shape is wrong: show the shape it should have.
      const usage = await usageOf(command.run);
      io.stderr(`fieldguide ${name}: ${describeArgsError(error, name, usage)}\n${usage.line}\nRun \`fieldguide ${name} --help\` for all options.\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`fieldguide ${name}: ${error.message}\nRun \`fieldguide ${name} --help\` for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof CatalogError) {
      io.stderr(`fieldguide ${name}: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
      return EXIT.usage;
    }
    // A bug of ours: say so in one line. The stack holds machine paths, so only FIELDGUIDE_DEBUG shows it.
    const detail = io.env.FIELDGUIDE_DEBUG ? `\n${(error as Error).stack ?? ''}` : '';
    io.stderr(`fieldguide ${name}: internal error: ${errorSummary(error)}\nThis is a bug in fieldguide, not in your docs: please report it (FIELDGUIDE_DEBUG=1 shows where it happened).${detail}\n`);
    return EXIT.usage;
  }
}

/** `Name: message` of a thrown value, on one line. */
function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) return String(error).split('\n')[0]!;
  return `${error.name}: ${error.message.split('\n')[0]}`;
}

/** A command's usage, read from the help it prints for `--help`: the one place its options are listed. */
async function usageOf(run: (argv: string[], io: Io) => Promise<number>): Promise<Usage> {
  let help = '';
  const quiet = () => {};
  await run(['--help'], { cwd: '.', env: {}, stdout: (text) => { help += text; }, stderr: quiet, stdoutIsTty: false, stdinIsTty: false });
  return readUsage(help);
}
