import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { BodyHeading } from './rehype-heading-anchors.ts';

/** A rendered body as the systems collection keeps it. */
export interface CachedBody {
  html: string;
  headings: BodyHeading[];
  clientDiagrams: number;
}

/** Rendered bodies by content key, kept in one file between builds (and dev sessions). */
export interface BodyCache {
  get(key: string): CachedBody | undefined;
  set(key: string, body: CachedBody): void;
  /**
   * Writes the bodies this run used (so the file never grows beyond one catalog) and removes the folder's other
   * `bodies-*.v8` files (made by other versions); a failure only costs the next run time.
   */
  save(): void;
}

/**
 * Opens the body cache in `file`, or a cache that keeps nothing when there is no file. Rendering is the costly
 * part of loading the site's content, and Astro's own content store is cleared whenever its config changes (every
 * `fieldguide build` builds into a new scratch folder), so the bodies are kept here, by the digest of their
 * Markdown and the renderer's version. A missing, unreadable or corrupt file is an empty cache, never an error.
 */
export function openBodyCache(file: string | undefined): BodyCache {
  const stored = file ? readEntries(file) : new Map<string, CachedBody>();
  const used = new Map<string, CachedBody>();
  return {
    get(key) {
      const body = used.get(key) ?? stored.get(key);
      if (body) used.set(key, body);
      return body;
    },
    set(key, body) {
      used.set(key, body);
    },
    save() {
      if (!file) return;
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(temporary, serialize(used));
        renameSync(temporary, file);
        for (const name of readdirSync(dirname(file))) {
          if (/^bodies-[0-9a-f]{16}\.v8$/.test(name) && name !== basename(file)) rmSync(join(dirname(file), name), { force: true });
        }
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
}

function readEntries(file: string): Map<string, CachedBody> {
  try {
    const entries: unknown = deserialize(readFileSync(file));
    return entries instanceof Map ? entries as Map<string, CachedBody> : new Map();
  } catch {
    return new Map();
  }
}
