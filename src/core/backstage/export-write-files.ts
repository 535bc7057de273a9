import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file that marks a folder as written by `fieldguide export backstage`, listing the files it wrote there. */
export const EXPORT_MARKER = '.fieldguide-backstage';

const MARKER_TEXT = `This folder holds Backstage descriptors written by fieldguide (\`fieldguide export backstage\`).
The next export rewrites the files listed below and removes those it no longer writes; it leaves every other file alone.
`;

/** What an export did to its folder, or why it refused to touch it. */
export type WriteOutcome =
  | { written: string[]; removed: string[] }
  | { refusal: { message: string; hint: string } };

/**
 * Writes the files into `out`, which may be missing, empty, or a previous export (it holds the marker): then the files
 * the previous export wrote and this one does not are removed. A folder with other files is refused unless `force`,
 * and even then only same-named files are replaced: nothing this command did not write is ever removed.
 */
export async function writeExportFiles(out: string, files: { file: string; text: string }[], options: { force?: boolean; shown: string }): Promise<WriteOutcome> {
  // Links followed: a link to a folder is that folder.
  const entry = await stat(out).catch(() => undefined);
  if (entry && !entry.isDirectory()) {
    return { refusal: { message: `Refusing to export into \`${options.shown}\`: it is not a folder.`, hint: 'Choose a folder for --out, such as `backstage` (the default).' } };
  }
  const names = entry ? await readdir(out) : [];
  const previous = names.includes(EXPORT_MARKER) ? listedFiles(await readFile(join(out, EXPORT_MARKER), 'utf8')) : undefined;
  if (names.length > 0 && previous === undefined && !options.force) {
    return {
      refusal: {
        message: `Refusing to export into \`${options.shown}\`: it is not empty and not a previous export (it has no \`${EXPORT_MARKER}\` file).`,
        hint: 'Choose an empty or new folder for --out, or add --force to write into it anyway (files of the same name are replaced, nothing is removed).',
      },
    };
  }
  await mkdir(out, { recursive: true });
  const wanted = new Set(files.map((f) => f.file));
  const removed: string[] = [];
  for (const file of previous ?? []) {
    if (wanted.has(file) || !names.includes(file)) continue;
    await rm(join(out, file), { force: true });
    removed.push(file);
  }
  for (const { file, text } of files) await writeFile(join(out, file), text);
  await writeFile(join(out, EXPORT_MARKER), `${MARKER_TEXT}\n${files.map((f) => f.file).join('\n')}\n`);
  return { written: files.map((f) => f.file), removed };
}

/** The files a marker lists: plain names only, so a tampered marker can never point outside the folder. */
function listedFiles(text: string): string[] {
  return text.split('\n').slice(MARKER_TEXT.split('\n').length).map((l) => l.trim())
    .filter((l) => /^[a-z]+-[A-Za-z0-9_.-]+\.yaml$|^catalog-info\.yaml$/.test(l) && !l.includes('..'));
}
