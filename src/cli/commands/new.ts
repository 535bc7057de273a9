import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeCatalog } from '../../core/analyze-catalog.ts';
import { locateCatalog } from '../../core/locate-catalog.ts';
import { displayPath } from '../../core/display-path.ts';
import { LIFECYCLES } from '../../core/config/default-gates.ts';
import { TEAMS_FILE } from '../../core/load-catalog.ts';
import { readTeams } from '../../core/read-teams.ts';
import { isReservedName } from '../../core/is-reserved-name.ts';
import { readSourceFile } from '../../core/source/read-source-file.ts';
import { renderTemplate } from '../../core/render-template.ts';
import { formatHuman } from '../format/format-human.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { parseDateOption } from '../parse-date-option.ts';
import { parseChoice } from '../parse-choice.ts';

export const newHelp = `Usage: fieldguide new <id> [options]

Creates systems/<id>.md from a template. Never overwrites an existing file.
At \`proposed\` (the default) the file passes \`fieldguide check\` as written; fill in the prompts before review.
Missing --name/--owner/--summary are asked for on a terminal; with no terminal nothing is asked.

Arguments:
  id                       system id: lowercase letters, digits, single hyphens; at most 63 characters

Options:
  --name <text>            human name (default: from the id)
  --summary <text>         one-line summary
  --owner <team>           owning team id from teams.yaml (default: the only team, if there is one)
  --lifecycle <stage>      ${LIFECYCLES.join(', ')} (default: proposed)
  --dir <folder>           catalog folder: the system docs and teams.yaml (default: \`systems\` from
                           fieldguide.config.yaml)
  --config <file>          config file (default: the nearest fieldguide.config.yaml upward, optional)
  --today <YYYY-MM-DD>     date written into the review field
  -h, --help               show this help
`;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `fieldguide new <id>`: writes a new system doc from `templates/`, then checks it. */
export async function runNew(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      summary: { type: 'string' },
      owner: { type: 'string' },
      lifecycle: { type: 'string', default: 'proposed' },
      dir: { type: 'string' },
      config: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(newHelp);
    return EXIT.ok;
  }
  const id = positionals[0];
  if (id === undefined || positionals.length > 1) throw new UsageError('Expected exactly one system id.');
  if (!ID.test(id) || id.length > 63) {
    throw new UsageError(`\`${id}\` is not a valid id: use lowercase letters, digits and single hyphens, at most 63 characters.`);
  }
  if (isReservedName(id)) {
    throw new UsageError(`\`${id}\` is not a valid id: Windows reserves the name \`${id}\`, so \`${id}.md\` could not be checked out there. Try \`${id}-system\`.`);
  }
  const lifecycle = parseChoice('lifecycle', values.lifecycle, LIFECYCLES);
  const today = parseDateOption(values.today) ?? new Date().toISOString().slice(0, 10);

  const { dir, config, configFile } = locateCatalog({
    cwd: io.cwd,
    ...(values.dir !== undefined ? { dir: values.dir } : {}),
    ...(values.config !== undefined ? { configFile: values.config } : {}),
  });
  const target = join(dir, `${id}.md`);
  const shown = displayPath(io.cwd, target);

  const teamsPath = join(dir, TEAMS_FILE);
  const teamsRead = readSourceFile(teamsPath, displayPath(io.cwd, teamsPath));
  if ('finding' in teamsRead) throw new UsageError(`${teamsRead.finding.file}: ${teamsRead.finding.message}`);
  const teamsBytes = 'bytes' in teamsRead ? teamsRead.bytes : undefined;
  const { teams } = readTeams(TEAMS_FILE, teamsBytes);
  const teamIds = teams.map((t) => t.id);

  const ask = async (question: string, fallback?: string) => {
    if (!io.stdinIsTty || !io.prompt) return fallback;
    const answer = (await io.prompt(`${question}${fallback ? ` (${fallback})` : ''}: `)).trim();
    return answer || fallback;
  };
  const defaultName = id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  const name = values.name ?? (await ask('Name', defaultName)) ?? defaultName;
  const summary = values.summary ?? (await ask('One-line summary', `What ${name} does, for whom.`)) ?? `What ${name} does, for whom.`;
  let owner = values.owner ?? (teamIds.length === 1 ? teamIds[0] : await ask(`Owner team (${teamIds.join(', ') || 'no teams declared'})`));
  if (owner === undefined) {
    throw new UsageError(teamIds.length === 0
      ? `No teams are declared in ${displayPath(io.cwd, teamsPath)}; declare one, then pass --owner <team>.`
      : `Pass --owner <team>, one of: ${teamIds.join(', ')}.`);
  }
  owner = owner.trim();
  if (teamsBytes !== undefined && teamIds.length > 0 && !teamIds.includes(owner)) {
    throw new UsageError(`\`${owner}\` is not a declared team; use one of: ${teamIds.join(', ')}.`);
  }

  const templateName = lifecycle === 'proposed' ? 'proposal.md' : 'system.md';
  // The project's own templates sit beside its config (the project root), wherever the command runs from.
  const template = await readTemplate(io.cwd, dirname(configFile), templateName);
  const text = renderTemplate(template, { id, name, summary, owner, lifecycle, today });

  await mkdir(dirname(target), { recursive: true });
  try {
    // `wx` fails if the file exists, so an existing doc is never overwritten, even in a race.
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      io.stderr(`fieldguide new: ${shown} already exists; nothing was written.\n`);
      return EXIT.problems;
    }
    throw error;
  }
  io.stdout(`Created ${shown} (${lifecycle}, from templates/${templateName}).\n`);

  // Check the new doc on its own against the same rules, so the author sees what the lifecycle still needs.
  const result = analyzeCatalog({
    docs: [{ file: shown, bytes: new TextEncoder().encode(text) }],
    teamsFile: TEAMS_FILE,
    ...(teamsBytes ? { teamsBytes } : {}),
    config,
    today,
  });
  const own = result.diagnostics.filter((d) => d.file === shown && d.rule !== 'unknown-dependency');
  if (own.length > 0) {
    io.stdout(`\nWhat a ${lifecycle} doc still needs:\n${formatHuman(own)}`);
  } else {
    io.stdout('It passes `fieldguide check`; now answer the questions it asks.\n');
  }
  return EXIT.ok;
}

async function readTemplate(cwd: string, root: string, name: string): Promise<string> {
  const path = resolve(root, 'templates', name);
  const own = readSourceFile(path, displayPath(cwd, path));
  if ('finding' in own) throw new UsageError(`${own.finding.file}: ${own.finding.message}`);
  if ('bytes' in own) return new TextDecoder().decode(own.bytes);
  return readFile(new URL(`../../../templates/${name}`, import.meta.url), 'utf8');
}
