import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file that marks a folder as a site `fieldguide build` wrote, and so one the next build may replace. */
export const SITE_MARKER = '.fieldguide-site';

// Fixed text (no date, no version), so two builds of the same catalog stay byte-identical.
const MARKER_TEXT = `This folder is a site built by fieldguide (\`fieldguide build\`).
The next build replaces the whole folder, so keep nothing else in it.
fieldguide only ever replaces an output folder that is missing, empty, or holds this file.
`;
const BASE_LINE = 'Base path: ';

/** Writes the marker into a freshly built site, with the base path its links were built for (`preview` serves it there). */
export async function markSite(site: string, base: string): Promise<void> {
  await writeFile(join(site, SITE_MARKER), `${MARKER_TEXT}${BASE_LINE}${base}\n`);
}

/** The base path a built site's marker records, or undefined for a site without one (or from an older build). */
export async function readSiteBase(site: string): Promise<string | undefined> {
  const text = await readFile(join(site, SITE_MARKER), 'utf8').catch(() => '');
  const line = text.split('\n').find((l) => l.startsWith(BASE_LINE));
  const base = line?.slice(BASE_LINE.length).trim();
  return base && base.startsWith('/') ? base : undefined;
}
