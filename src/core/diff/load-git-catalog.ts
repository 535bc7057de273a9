import { join } from 'node:path';
import { analyzeCatalog, type Catalog } from '../analyze-catalog.ts';
import { readConfig } from '../config/resolve-config.ts';
import { TEAMS_FILE } from '../load-catalog.ts';
import { createParallelHeadings } from '../source/create-parallel-headings.ts';
import { readGitSnapshot } from './read-git-snapshot.ts';
import { listedDocFilter } from '../list-systems-folder.ts';

/** Where the catalog lives in the work tree (absolute paths), and which commit to read it from. */
export interface GitCatalogOptions {
  cwd: string;
  ref: string;
  /** The systems folder. */
  dir: string;
  /** The config file; the config as it was at `ref` decides that commit's gates and readiness. */
  configFile: string;
  /** YYYY-MM-DD, the same as the work tree's, so only the docs differ. */
  today: string;
}

/** Analyzes the catalog as it was at a git ref, entirely in memory: no checkout, no writes to the work tree. */
export async function loadGitCatalog(options: GitCatalogOptions): Promise<Catalog & { commit: string }> {
  const teamsFile = join(options.dir, TEAMS_FILE);
  const snapshot = await readGitSnapshot({ cwd: options.cwd, ref: options.ref, dir: options.dir, teamsFile, configFile: options.configFile });
  const { config } = readConfig(options.configFile, snapshot.configBytes);
  const listed = listedDocFilter(config.check.ignore);
  const docs = snapshot.docs.filter((d) => listed(d.rel)).map(({ file, bytes }) => ({ file, bytes }));
  const parallel = createParallelHeadings(docs.map((d) => d.bytes));
  const catalog = analyzeCatalog({
    ...(parallel ? { headings: parallel.read } : {}),
    docs,
    teamsFile,
    ...(snapshot.teamsBytes ? { teamsBytes: snapshot.teamsBytes } : {}),
    config,
    today: options.today,
  });
  await parallel?.close();
  return { ...catalog, commit: snapshot.commit };
}
