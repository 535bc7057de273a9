import { parseArgs } from 'node:util';
import { EXIT, type Io } from '../io.ts';
import { parsePort } from '../parse-port.ts';
import { runAstro } from '../run-astro.ts';

export const previewHelp = `Usage: fieldguide preview [options]

Serves the built site in dist/ (run \`fieldguide build\` first) at its configured base path.

Options:
  --port <n>             port to listen on (default: 4321)
  -h, --help             show this help
`;

/** `fieldguide preview`: serve the last build with Astro's preview server. */
export async function runPreview(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    io.stdout(previewHelp);
    return EXIT.ok;
  }
  const port = parsePort(values.port);
  const portArgs = port === undefined ? [] : ['--port', String(port)];
  const { code } = await runAstro({ args: ['preview', ...portArgs], env: { ...io.env } });
  return code === 0 ? EXIT.ok : EXIT.problems;
}
