import { displayPath as display } from '../display-path.ts';
import { catFiles, listBlobs } from './run-git.ts';
import { realPath, resolveGitRef } from './resolve-git-ref.ts';

/** The files of a catalog as they were at one commit, read from git's object store (never from the work tree). */
export interface GitSnapshot {
  /** The full commit id the ref resolved to. */
  commit: string;
  /**
   * `*.md` in the systems folder and its subfolders, with paths relative to `cwd` as `loadCatalog` gives them and
   * relative to the systems folder (`rel`), for the caller to apply the folder listing's rules with the base's config.
   */
  docs: { file: string; rel: string; bytes: Uint8Array }[];
  teamsBytes?: Uint8Array;
  configBytes?: Uint8Array;
}

/** Where to look: absolute paths of the systems folder, teams file and config file in the work tree. */
export interface GitSnapshotOptions {
  cwd: string;
  ref: string;
  dir: string;
  teamsFile: string;
  configFile: string;
}

/** Reads the catalog's files at `ref` with `git ls-tree` and one `git cat-file --batch`; works in shallow clones once the ref is fetched. */
export async function readGitSnapshot(options: GitSnapshotOptions): Promise<GitSnapshot> {
  const { root, commit, inRepo } = await resolveGitRef(options.cwd, options.ref);
  const dir = inRepo(options.dir);
  const prefix = dir === '' ? '' : `${dir}/`;
  const teamsPath = inRepo(options.teamsFile);
  const configPath = inRepo(options.configFile);
  const blobs = [...await listBlobs(root, commit, [prefix === '' ? '.' : prefix, teamsPath, configPath])];
  const contents = await catFiles(root, blobs.map(([, object]) => object));
  const cwd = realPath(options.cwd);
  const snapshot: GitSnapshot = { commit, docs: [] };
  blobs.forEach(([path], i) => {
    const bytes = contents[i]!;
    if (path === configPath) snapshot.configBytes = bytes;
    else if (path === teamsPath) snapshot.teamsBytes = bytes;
    else if (path.endsWith('.md') && path.startsWith(prefix)) snapshot.docs.push({ file: display(cwd, `${root}/${path}`), rel: path.slice(prefix.length), bytes });
  });
  return snapshot;
}
