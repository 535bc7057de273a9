import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { displayPath } from '../../core/display-path.ts';
import { isReservedName } from '../../core/is-reserved-name.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { parseDateOption } from '../parse-date-option.ts';
import { planInitFiles, planWorkflows, renderConfig, type InitAnswers, type PlannedFile } from '../plan-init-files.ts';

export const initHelp = `Usage: fieldguide init [dir] [options]

Starts a catalog in dir (default: the current folder): fieldguide.config.yaml, systems/teams.yaml, a first
system doc, GitHub workflows (pull-request check, Pages deploy), package.json scripts and a .gitignore entry.
Never overwrites a file: one that exists is left alone and listed as skipped, so running it twice changes nothing.
Missing --team/--team-name/--title/--repository are asked for on a terminal; with no terminal defaults are used.

Options:
  --team <id>              owning team id: lowercase letters, digits, single hyphens (default: team)
  --team-name <name>       team name as people say it (default: from the id)
  --title <text>           site title (default: "<team name> field guide")
  --repository <url>       web URL of the repository, for "Edit this page" links
  --example                copy fieldguide's example catalog (40 systems) instead of the one-doc starter
  --from-backstage <path>  start from Backstage descriptors instead (catalog-info.yaml files, globs, Location
                           files followed; repeatable): \`fieldguide import backstage\` into the new catalog
  --today <YYYY-MM-DD>     date written into the first doc
  -h, --help               show this help
`;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The example catalog that ships with fieldguide: its own `systems/` folder. */
const EXAMPLE_ROOT = fileURLToPath(new URL('../../../systems/', import.meta.url));

/** Scripts added to an existing package.json, when it has none of that name. */
const SCRIPTS: Record<string, string> = { check: 'fieldguide check', build: 'fieldguide build', dev: 'fieldguide dev', preview: 'fieldguide preview' };

/** `fieldguide init [dir]`: writes a working starter catalog, leaving every existing file as it is. */
export async function runInit(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      team: { type: 'string' },
      'team-name': { type: 'string' },
      title: { type: 'string' },
      repository: { type: 'string' },
      example: { type: 'boolean', default: false },
      'from-backstage': { type: 'string', multiple: true },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(initHelp);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`Expected at most one folder, got ${positionals.length}.`);
  const target = resolve(io.cwd, positionals[0] ?? '.');
  const today = parseDateOption(values.today) ?? new Date().toISOString().slice(0, 10);
  const backstage = values['from-backstage'];
  if (backstage && values.example) throw new UsageError('Give either --example or --from-backstage: both start the catalog\'s docs.');
  // Teams come from the example or from Backstage's Groups: only the single-team starter asks for one.
  const answers = await askAnswers({ ...values, example: values.example || backstage !== undefined }, io);

  const files: PlannedFile[] = values.example
    ? [{ path: 'fieldguide.config.yaml', text: renderConfig(answers) }, ...(await planExample()), ...(await planWorkflows())]
    : backstage
      ? [{ path: 'fieldguide.config.yaml', text: renderConfig(answers) }, ...(await planWorkflows())]
      : await planInitFiles(answers, today);
  const written: string[] = [];
  const skipped: string[] = [];
  const updated: string[] = [];
  const shown = (path: string) => displayPath(io.cwd, join(target, path));
  for (const file of files) {
    (await writeNew(join(target, file.path), file.text) ? written : skipped).push(shown(file.path));
  }
  const scripts = await addScripts(join(target, 'package.json'));
  if (scripts === 'kept') skipped.push(shown('package.json'));
  else if (scripts === 'invalid') skipped.push(`${shown('package.json')} (not valid JSON: add the scripts yourself)`);
  else if (scripts.length > 0) updated.push(`${shown('package.json')} (scripts: ${scripts.join(', ')})`);
  const ignore = await addIgnore(join(target, '.gitignore'));
  if (ignore === 'written') written.push(shown('.gitignore'));
  else if (ignore === 'updated') updated.push(`${shown('.gitignore')} (dist/)`);
  else skipped.push(shown('.gitignore'));

  const list = (title: string, paths: string[]) => (paths.length > 0 ? `${title}\n${paths.map((p) => `  ${p}\n`).join('')}` : '');
  let imported: number = EXIT.ok;
  if (backstage) {
    // The descriptors as the user named them (from the working folder), imported into the catalog just written.
    await mkdir(join(target, 'systems'), { recursive: true });
    const { runImport } = await import('./import.ts');
    imported = await runImport(['backstage', ...backstage.map((path) => resolve(io.cwd, path))], { ...io, cwd: target });
  }
  io.stdout(
    list('Wrote:', written) + list('Updated:', updated) + list('Skipped (already there, left as is):', skipped)
    + (written.length + updated.length === 0 ? 'Nothing to do: everything init writes is there already.\n' : '')
    + '\nNext steps:\n  npx fieldguide check    check the catalog\n  npx fieldguide build    build the site into dist/\n',
  );
  return imported;
}

/** Flags first, then (on a terminal) questions, then defaults; every value is validated the same way. */
async function askAnswers(values: { team?: string; 'team-name'?: string; title?: string; repository?: string; example?: boolean }, io: Io): Promise<InitAnswers> {
  if (values.team !== undefined) validateTeam(values.team);
  if (values.repository !== undefined) validateRepository(values.repository);
  const ask = async (question: string, fallback?: string) => {
    if (!io.stdinIsTty || !io.prompt) return fallback;
    const answer = (await io.prompt(`${question}${fallback ? ` (${fallback})` : ''}: `)).trim();
    return answer || fallback;
  };
  let team = 'team';
  let teamName = 'Team';
  if (!values.example) {
    team = values.team ?? (await ask('Team id', 'team')) ?? 'team';
    validateTeam(team);
    const derived = team.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    teamName = values['team-name'] ?? (await ask('Team name', derived)) ?? derived;
  }
  const defaultTitle = values.example ? 'Release Engineering field guide' : `${teamName} field guide`;
  const title = values.title ?? (await ask('Site title', defaultTitle)) ?? defaultTitle;
  const repository = values.repository ?? (await ask('Repository URL, for "Edit this page" links (none)'));
  if (repository !== undefined) validateRepository(repository);
  if (teamName.trim() === '' || title.trim() === '') throw new UsageError('The team name and the site title must not be empty.');
  return { team, teamName, title, ...(repository !== undefined ? { repository } : {}) };
}

function validateTeam(id: string): void {
  if (!ID.test(id) || id.length > 63) {
    throw new UsageError(`\`${id}\` is not a valid team id: use lowercase letters, digits and single hyphens, at most 63 characters.`);
  }
  if (isReservedName(id)) throw new UsageError(`\`${id}\` is not a valid team id: Windows reserves the name \`${id}\`. Try \`${id}-team\`.`);
}

function validateRepository(url: string): void {
  if (!/^https?:\/\/\S+$/.test(url)) throw new UsageError(`\`${url}\` is not a repository URL: write its web address, such as \`https://github.com/org/repo\`.`);
}

/** The example catalog's files, at the same paths under `systems/`. */
async function planExample(): Promise<PlannedFile[]> {
  const entries = await readdir(EXAMPLE_ROOT, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  return Promise.all(files.map(async (file) => ({
    path: `systems/${displayPath(EXAMPLE_ROOT, file)}`,
    text: await readFile(file, 'utf8'),
  })));
}

/** Writes a file that does not exist yet; false when it does (`wx` never overwrites, even in a race). */
async function writeNew(path: string, text: string): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Adds the scripts package.json lacks, never changing one it has: the names added, none without a package.json, `kept` when it has them all. */
async function addScripts(path: string): Promise<string[] | 'kept' | 'invalid'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return [];
  }
  let pkg: { scripts?: Record<string, string> };
  try {
    pkg = JSON.parse(text) as typeof pkg;
  } catch {
    return 'invalid';
  }
  if (!pkg || typeof pkg !== 'object' || Array.isArray(pkg)) return 'kept';
  const scripts = pkg.scripts ?? {};
  const added = Object.keys(SCRIPTS).filter((name) => !Object.hasOwn(scripts, name));
  if (added.length === 0) return 'kept';
  pkg.scripts = { ...scripts, ...Object.fromEntries(added.map((name) => [name, SCRIPTS[name]!])) };
  await writeFile(path, `${JSON.stringify(pkg, null, 2)}\n`);
  return added;
}

/**
 * Makes sure `.gitignore` ignores the build output: appended to when it lacks `dist/`; when missing, written with
 * `node_modules/` too, since a repository without a .gitignore would otherwise commit the installed packages.
 */
async function addIgnore(path: string): Promise<'written' | 'updated' | 'kept'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    await writeFile(path, '# The site `fieldguide build` writes.\ndist/\n# What `npm install` installs.\nnode_modules/\n');
    return 'written';
  }
  if (text.split(/\r?\n/).some((line) => /^\/?dist\/?$/.test(line.trim()))) return 'kept';
  await writeFile(path, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}dist/\n`);
  return 'updated';
}
