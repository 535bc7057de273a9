import { readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { renderTemplate } from '../core/render-template.ts';

/** What `fieldguide init` was told or asked. */
export interface InitAnswers {
  team: string;
  teamName: string;
  title: string;
  /** Web URL of the repository, for "Edit this page" links; left out (commented) when not known. */
  repository?: string;
}

/** One file `init` would write: a path relative to the target folder and its text. */
export interface PlannedFile {
  path: string;
  text: string;
}

/** The id and name of the starter doc. */
export const FIRST_SYSTEM = { id: 'first-system', name: 'First system' };

/** The workflows `init` writes, by path; their text is in `templates/init/`. */
const WORKFLOWS = {
  '.github/workflows/fieldguide-pr.yml': 'fieldguide-pr.yml',
  '.github/workflows/fieldguide-pages.yml': 'fieldguide-pages.yml',
};

/** A value as a one-line YAML scalar, quoted when it has to be, so no title or name can break the file. */
const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

/** The config, with a comment on every setting it writes. */
export function renderConfig(answers: InitAnswers): string {
  return [
    '# fieldguide settings: every one is optional and described in fieldguide\'s schema/config.schema.json.',
    '',
    '# Folder of the system docs (one `<id>.md` per system, plus teams.yaml), relative to this file.',
    'systems: systems',
    '',
    'site:',
    '  # Shown in the site\'s header and the browser tab.',
    `  title: ${scalar(answers.title)}`,
    '  # Path the site is served from. The Pages workflow passes the one GitHub Pages uses (FIELDGUIDE_BASE),',
    '  # so `/` is right here and for `npx fieldguide dev`.',
    '  base: /',
    '  # Web URL of this repository, for "Edit this page" links.',
    answers.repository !== undefined ? `  repository: ${scalar(answers.repository)}` : '  # repository: https://github.com/<owner>/<repo>',
    '  # Branch that "Edit this page" links target.',
    '  branch: main',
    '  # GitHub, GitLab, Gitea/Forgejo and Bitbucket links are built from `repository`; for another host, give the',
    '  # editor\'s URL with {path} (the doc\'s path in the repository), and {branch} and {repository} if it needs them.',
    '  # edit_url: https://git.example.org/{path}?action=edit&ref={branch}',
    '',
  ].join('\n');
}

/** `systems/teams.yaml` declaring the one team. */
export function renderTeams(answers: InitAnswers): string {
  return [
    '# Every team that owns systems; a system\'s `owner` names one of these ids.',
    'teams:',
    `  - id: ${answers.team}`,
    `    name: ${scalar(answers.teamName)}`,
    '',
  ].join('\n');
}

/** The starter files: config, teams, one proposal from the built-in template, and the two workflows. */
export async function planInitFiles(answers: InitAnswers, today: string): Promise<PlannedFile[]> {
  const template = await readFile(new URL('../../templates/proposal.md', import.meta.url), 'utf8');
  const doc = renderTemplate(template, {
    ...FIRST_SYSTEM,
    summary: `A system ${answers.teamName} runs; replace this with what it does, for whom.`,
    owner: answers.team,
    lifecycle: 'proposed',
    today,
  });
  return [
    { path: 'fieldguide.config.yaml', text: renderConfig(answers) },
    { path: 'systems/teams.yaml', text: renderTeams(answers) },
    { path: `systems/${FIRST_SYSTEM.id}.md`, text: doc },
    ...(await planWorkflows()),
  ];
}

/** The two GitHub workflows: a pull-request check and a Pages deploy. */
export async function planWorkflows(): Promise<PlannedFile[]> {
  return Promise.all(Object.entries(WORKFLOWS).map(async ([path, name]) => ({
    path,
    text: await readFile(new URL(`../../templates/init/${name}`, import.meta.url), 'utf8'),
  })));
}
