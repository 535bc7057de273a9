import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file that marks a folder as a site `fieldguide build` wrote, and so one the next build may replace. */
export const SITE_MARKER = '.fieldguide-site';

// Fixed text (no date, no version), so two builds of the same catalog stay byte-identical.
const MARKER_TEXT = `This folder is a site built by fieldguide (\`fieldguide build\`).
The next build replaces the whole folder, so keep nothing else in it.
fieldguide only ever replaces an output folder that is missing, empty, or holds this file.
`;

/** Writes the marker into a freshly built site. */
export async function markSite(site: string): Promise<void> {
  await writeFile(join(site, SITE_MARKER), MARKER_TEXT);
}
