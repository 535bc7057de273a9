import { dirname, join } from 'node:path';
import type { CatalogInput, SourceFile } from './analyze-catalog.ts';
import { displayPath } from './display-path.ts';
import { GLOSSARY_FILE, listSystemsFolder, TEAMS_FILE } from './list-systems-folder.ts';
import { locateCatalog, type LocateOptions } from './locate-catalog.ts';
import { readSourceFile } from './source/read-source-file.ts';
import { readTemplateText } from './read-template-text.ts';

/** A catalog's files as read from disk, ready for `analyzeCatalog`, and where they came from (absolute paths). */
export type CatalogFiles = CatalogInput & { dir: string; configFile: string };

/** A doc found in the systems folder or a subfolder of it: its absolute path and its path as diagnostics show it. */
export interface CatalogDocPath {
  path: string;
  file: string;
}

/** Everything `readCatalogFiles` reads except the docs' bytes: the docs are only found, for a caller that reads them itself. */
export type ListedCatalogFiles = Omit<CatalogFiles, 'docs'> & { docPaths: CatalogDocPath[] };

/**
 * Finds a catalog (config, systems folder) and reads every file the analysis needs: the one place that decides what a
 * doc is, for `check`, the site and the graph commands alike. Links are followed; what cannot be read is a finding.
 */
export function readCatalogFiles(options: LocateOptions & { today?: string | undefined }): CatalogFiles {
  const { docPaths, ...rest } = listCatalogFiles(options);
  // Synchronous reads: for thousands of small files they are several times faster than as many promises.
  return { ...rest, docs: docPaths.map(readCatalogDoc) };
}

/** As `readCatalogFiles`, but the docs are listed, not read (the teams and glossary files and the config are read). */
export function listCatalogFiles(options: LocateOptions & { today?: string | undefined }): ListedCatalogFiles {
  const { cwd } = options;
  const { dir, configFile, config, configFindings } = locateCatalog(options);
  const listing = listSystemsFolder(dir, cwd, config.check.ignore);
  const docPaths = listing.docs.map((name) => ({ path: join(dir, name), file: displayPath(cwd, join(dir, name)) }));

  const teamsPath = join(dir, TEAMS_FILE);
  const teamsFile = displayPath(cwd, teamsPath);
  const teams = readSourceFile(teamsPath, teamsFile);
  const glossaryFile = displayPath(cwd, join(dir, GLOSSARY_FILE));
  const glossary = readSourceFile(join(dir, GLOSSARY_FILE), glossaryFile);
  return {
    dir,
    configFile,
    docPaths,
    teamsFile,
    ...('bytes' in teams ? { teamsBytes: teams.bytes } : {}),
    ...('finding' in teams ? { teamsUnreadable: teams.finding } : {}),
    glossaryFile,
    ...('bytes' in glossary ? { glossaryBytes: glossary.bytes } : {}),
    ...('finding' in glossary ? { glossaryUnreadable: glossary.finding } : {}),
    skipped: listing.skipped.map((name) => `${displayPath(cwd, join(dir, name))}${name.endsWith('/') ? '/' : ''}`),
    config,
    configFindings,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    // The project's own templates sit beside its config, as `new` finds them, wherever the command runs from.
    templates: readTemplateText(dirname(configFile)),
  };
}

/** Reads one listed doc as `check` does: its bytes, or the finding that says why it was not read. */
export function readCatalogDoc({ path, file }: CatalogDocPath): SourceFile {
  const read = readSourceFile(path, file);
  if ('bytes' in read) return { file, bytes: read.bytes };
  // A doc that vanished since the folder was listed is reported like any other that cannot be read.
  return { file, unreadable: 'finding' in read ? read.finding : { file, line: 1, column: 1, rule: 'read-error', message: 'The file could not be read (ENOENT).' } };
}
