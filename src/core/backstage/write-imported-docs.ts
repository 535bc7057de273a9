import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, parseDocument, stringify } from 'yaml';
import { splitFrontMatter } from '../source/split-front-matter.ts';
import { IMPORTED_FIELDS } from './map-entity.ts';
import type { ImportPlan, ImportedTeam } from './plan-import.ts';
import { renderImportedDoc } from './render-imported-doc.ts';

/** What to do with a doc that already exists. */
export type ExistingPolicy = 'skip' | 'force' | 'update';

/** One file the import wrote (or, with `dryRun`, would write), and how. */
export interface WrittenFile {
  path: string;
  action: 'created' | 'overwritten' | 'updated' | 'skipped (exists; --force or --update)' | 'unchanged';
  text: string;
}

/**
 * Writes the plan into the catalog folder: one `<id>.md` per doc and new teams appended to `teams.yaml`. An existing
 * doc is kept unless `force` (rewritten) or `update` (only the imported fields of its front matter replaced, through
 * the YAML Document API, so comments, order and the body stay). Nothing is written with `dryRun`.
 */
export function writeImportedDocs(plan: ImportPlan, dir: string, policy: ExistingPolicy, dryRun: boolean): WrittenFile[] {
  const written: WrittenFile[] = [];
  const put = (path: string, text: string, action: WrittenFile['action']): void => {
    written.push({ path, action, text });
    if (dryRun || action.startsWith('skipped') || action === 'unchanged') return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, text);
  };
  for (const doc of plan.docs) {
    const path = join(dir, `${doc.id}.md`);
    const fresh = renderImportedDoc(doc);
    if (!existsSync(path)) put(path, fresh, 'created');
    else if (policy === 'force') put(path, fresh, 'overwritten');
    else if (policy === 'update') {
      const old = readFileSync(path, 'utf8');
      const text = updateFrontMatter(old, doc.data);
      put(path, text, text === old ? 'unchanged' : 'updated');
    } else put(path, fresh, 'skipped (exists; --force or --update)');
  }
  const teamsPath = join(dir, 'teams.yaml');
  if (plan.teams.length > 0) {
    if (!existsSync(teamsPath)) put(teamsPath, `# Teams imported from Backstage Groups (members from User memberOf and Group members).\n${stringify({ teams: plan.teams }, { lineWidth: 0 })}`, 'created');
    else {
      const old = readFileSync(teamsPath, 'utf8');
      const text = mergeTeams(old, plan.teams, policy === 'update' || policy === 'force');
      put(teamsPath, text, text === old ? 'unchanged' : 'updated');
    }
  }
  return written;
}

/** The doc with the imported fields of its front matter replaced (or removed when the import no longer has them). */
function updateFrontMatter(text: string, data: Record<string, unknown>): string {
  const split = splitFrontMatter(text);
  if (split === undefined || split === 'unclosed') return text;
  const yaml = parseDocument(text.slice(split.yamlStart, split.yamlEnd));
  if (!isMap(yaml.contents)) return text;
  for (const field of IMPORTED_FIELDS) {
    if (data[field] === undefined) yaml.delete(field);
    else if (JSON.stringify((yaml.toJS() as Record<string, unknown>)[field]) !== JSON.stringify(data[field])) yaml.set(field, yaml.createNode(data[field]));
  }
  return `${text.slice(0, split.yamlStart)}${yaml.toString({ lineWidth: 0 })}${text.slice(split.yamlEnd)}`;
}

/** `teams.yaml` with the imported teams added, or with `refresh` also replaced, keeping its comments and other teams. */
function mergeTeams(text: string, teams: readonly ImportedTeam[], refresh: boolean): string {
  const yaml = parseDocument(text);
  const list = yaml.get('teams', true);
  if (!list || !('items' in (list as object))) return text;
  const items = (list as { items: unknown[] }).items;
  for (const team of teams) {
    const i = items.findIndex((item) => isMap(item) && item.get('id') === team.id);
    if (i === -1) items.push(yaml.createNode(team));
    else if (refresh) items[i] = yaml.createNode(team);
  }
  return yaml.toString({ lineWidth: 0 });
}
