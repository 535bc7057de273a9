// Converts a fieldguide catalog into Starlight's content format: one doc per system with `title` (name) and
// `description` (summary) front matter and the same Markdown body, plus an index page linking to every system.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Writes the converted docs of `catalog` into `docsDir` (emptied first). */
export async function toStarlight(catalog: string, docsDir: string): Promise<void> {
  await rm(docsDir, { recursive: true, force: true });
  await mkdir(docsDir, { recursive: true });
  const files = (await readdir(catalog)).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  const index: string[] = [];
  await Promise.all(files.map(async (file) => {
    const text = await readFile(join(catalog, file), 'utf8');
    const end = text.indexOf('\n---', 4);
    const data = (parse(text.slice(4, end)) ?? {}) as { name?: unknown; summary?: unknown };
    const body = text.slice(text.indexOf('\n', end + 1) + 1);
    const id = file.slice(0, -3);
    const title = String(data.name ?? id);
    index.push(`- [${title.replace(/[[\]]/g, '\\$&')}](/${id}/)`);
    // JSON strings are valid YAML double-quoted scalars.
    const front = `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(String(data.summary ?? ''))}\n---\n`;
    await writeFile(join(docsDir, file), front + body);
  }));
  index.sort();
  await writeFile(join(docsDir, 'index.md'), `---\ntitle: Systems\ndescription: Every system in the catalog.\n---\n\n${index.join('\n')}\n`);
}
