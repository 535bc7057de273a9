import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, parse, relative, sep } from 'node:path';
import { findUp } from '../core/find-up.ts';
import { SITE_MARKER } from './mark-site.ts';

/** Where `build` was asked to write, and what it must never replace. Every path is absolute. */
export interface OutputRequest {
  /** The output folder as given (resolved against `cwd`, links not followed). */
  out: string;
  /** The working folder: paths in messages are relative to it. */
  cwd: string;
  catalogDir: string;
  configFile: string;
  /** Home folders (from `HOME` and from the operating system). */
  homes: string[];
}

/** Why an output folder was refused: a message and a hint on what to do instead. */
export interface OutputRefusal {
  message: string;
  hint: string;
}

/** The outcome: the real path to replace (links resolved, so the swap happens where the files are), or a refusal. */
export type OutputVerdict = { target: string } | { refusal: OutputRefusal };

const OWN_FOLDER = 'The site needs a folder of its own, such as `dist` (the default): --out may be a missing or empty folder, or a previous fieldguide build.';

/**
 * Decides whether `build` may replace `out`: only a missing or empty folder or a previous fieldguide build (it holds
 * the marker), and never one that is, holds or lies in the catalog, the config, the project, the home folder or `/`.
 * Paths are compared after resolving links, so `x/../systems` or a link to `systems` is caught too.
 */
export async function guardOutput(request: OutputRequest): Promise<OutputVerdict> {
  const cwd = await realPathOf(request.cwd);
  const shown = (path: string, from = request.cwd) => relative(from, path).split(sep).join('/') || '.';
  const refuse = (reason: string, hint = OWN_FOLDER): OutputVerdict => ({
    refusal: { message: `Refusing to build into \`${shown(request.out)}\`: ${reason}`, hint },
  });
  const target = await realPathOf(request.out);
  if (parse(target).root === target) return refuse('it is the root of the file system, and a build replaces its whole output folder.');

  const catalogDir = await realPathOf(request.catalogDir);
  const places = await protectedPlaces({ ...request, cwd, catalogDir });
  const same = places.find((place) => place.path === target);
  if (same) return refuse(`it is ${same.what}, and a build replaces its whole output folder.`);
  const held = places.find((place) => isInside(place.path, target));
  if (held) return refuse(`it contains ${held.what} \`${shown(held.path, cwd)}\`, and a build replaces its whole output folder.`);
  if (isInside(target, catalogDir)) return refuse(`it is inside the catalog folder \`${shown(catalogDir, cwd)}\`, where the site's files would mix with the docs.`);
  if (target.split(sep).includes('.git')) return refuse('it is inside a Git folder.');

  let link;
  try {
    link = await lstat(request.out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { target };
    if (code === 'ENOTDIR') return refuse('part of that path is a file, not a folder.', 'Choose a folder for --out, such as `dist`.');
    return refuse(`it cannot be inspected (${code ?? String(error)}).`, 'Choose another --out, such as `dist`.');
  }
  const entry = link.isSymbolicLink() ? await stat(request.out).catch(() => undefined) : link;
  if (!entry) return refuse('it is a symbolic link that leads nowhere.', 'Remove the link, or choose another --out, such as `dist`.');
  if (!entry.isDirectory()) {
    const what = entry.isFile() ? 'a file' : 'something other than a folder';
    return refuse(`it is ${link.isSymbolicLink() ? `a link to ${what}` : what}, not a folder.`, 'Choose a folder for --out, such as `dist`; a build never replaces a file.');
  }
  const names = await readdir(target);
  if (names.length === 0) return { target };
  const marker = await lstat(join(target, SITE_MARKER)).catch(() => undefined);
  if (marker?.isFile()) return { target };
  return refuse(
    `it is not empty and not a fieldguide build (it has no \`${SITE_MARKER}\` file), so replacing it would delete its files.`,
    'If nothing in it is needed, remove it yourself; otherwise choose another --out, such as `dist`.',
  );
}

/** What a build must never replace or hold, most specific first (that one names the refusal), as real paths. */
async function protectedPlaces(request: OutputRequest): Promise<{ what: string; path: string }[]> {
  const config = await realPathOf(request.configFile);
  const places = [
    { what: 'the catalog folder', path: request.catalogDir },
    { what: 'the config file', path: config },
    ...[request.catalogDir, dirname(config), request.cwd].map((from) => ({ what: 'the repository root', path: findUp(from, '.git') })),
    ...[request.catalogDir, request.cwd].map((from) => ({ what: 'the project folder', path: findUp(from, 'package.json') })),
    { what: 'the working folder', path: request.cwd },
  ];
  for (const home of request.homes) places.push({ what: 'your home folder', path: await realPathOf(home) });
  return places.filter((p): p is { what: string; path: string } => p.path !== undefined);
}

/** True when `path` lies strictly inside `folder`. */
function isInside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep) && path !== folder;
}

/** `path` with the links of its longest existing part resolved (the rest does not exist yet, so it has none). */
async function realPathOf(path: string): Promise<string> {
  const rest: string[] = [];
  for (let head = path; ; head = dirname(head)) {
    try {
      return join(await realpath(head), ...rest.reverse());
    } catch {
      if (dirname(head) === head) return path;
      rest.push(basename(head));
    }
  }
}
