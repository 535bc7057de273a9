// Writes a catalog of N systems made from the bundled example's docs (systems/), so every doc is as rich as a
// real one: experts, access, monitoring, ilities, failure modes, tables. Copy 0 keeps the example's ids; copy k
// renames every id to `<id>-k`, in its file name and in the front matter that refers to other systems
// (depends_on, replaced_by), its name to `<name> (k)`, and ends its body with a line naming the copy, so that no
// two bodies are the same (a renderer that reuses identical bodies gains nothing a real catalog would not give). The teams file and the glossary are the example's.
// The same N always gives the same bytes.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLE = fileURLToPath(new URL('../systems/', import.meta.url));

/** Writes `n` systems, teams.yaml and glossary.yaml into `dir` (emptied first); returns the ids written. */
export async function generateExampleCatalog(dir: string, n: number): Promise<string[]> {
  const files = (await readdir(EXAMPLE)).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  const docs = await Promise.all(files.map(async (f) => ({ id: f.slice(0, -3), text: await readFile(join(EXAMPLE, f), 'utf8') })));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await copyFile(join(EXAMPLE, 'teams.yaml'), join(dir, 'teams.yaml'));
  await copyFile(join(EXAMPLE, 'glossary.yaml'), join(dir, 'glossary.yaml'));
  const ids: string[] = [];
  const writes: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const copy = Math.floor(i / docs.length);
    const doc = docs[i % docs.length]!;
    const id = renameId(doc.id, copy);
    ids.push(id);
    const inCopy = new Set(docs.slice(0, Math.min(docs.length, n - copy * docs.length)).map((d) => d.id));
    writes.push(writeFile(join(dir, `${id}.md`), renameCopy(doc.text, copy, inCopy)));
  }
  await Promise.all(writes);
  return ids;
}

function renameId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-${copy}`;
}

/**
 * Renames the ids a doc's front matter refers to, so copy k depends on copy k's systems. The last copy may be
 * partial: a reference to a system it does not contain (`inCopy`) points at copy 0's instead.
 */
function renameCopy(text: string, copy: number, inCopy: Set<string>): string {
  if (copy === 0) return text;
  const rename = (id: string) => (inCopy.has(id) ? renameId(id, copy) : id);
  const end = text.indexOf('\n---', 4);
  const front = text.slice(0, end).split('\n');
  let inDependsOn = false;
  const out = front.map((line) => {
    if (/^[a-z_]+:/.test(line)) inDependsOn = line.startsWith('depends_on:');
    const name = /^name: (.*)$/.exec(line);
    if (name) return `name: ${name[1]} (${copy})`;
    const replaced = /^replaced_by: ([a-z0-9-]+)$/.exec(line);
    if (replaced) return `replaced_by: ${rename(replaced[1]!)}`;
    if (inDependsOn) {
      const dep = /^(\s*- (?:id: )?)([a-z0-9-]+)\s*$/.exec(line);
      if (dep) return `${dep[1]}${rename(dep[2]!)}`;
    }
    return line;
  });
  // A body of its own, as every real doc has: nothing renders a copy's body from another copy's.
  return `${out.join('\n')}${text.slice(end).trimEnd()}\n\nThis is copy ${copy} of the example's doc, kept for benchmarks.\n`;
}
