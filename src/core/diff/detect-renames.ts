import type { CatalogSystem } from '../model.ts';

/** Above this many removed × added pairs, only equal names count as renames (comparing contents would be slow). */
const MAX_CONTENT_PAIRS = 250_000;

/**
 * How alike two docs must be, as a share of their distinct fields and body lines, to be one system renamed.
 * Much stricter than git's 50%: docs written from one template share most of their lines without being the same system.
 */
const MIN_SIMILARITY = 0.8;

/**
 * Pairs systems that disappeared with systems that appeared: the same `name`, or docs at least 80% alike
 * (front-matter fields and body lines, as a Jaccard index). Best matches first; each system pairs at most once.
 * Returns old id -> new id.
 */
export function detectRenames(removed: readonly CatalogSystem[], added: readonly CatalogSystem[]): Map<string, string> {
  const compareContents = removed.length * added.length <= MAX_CONTENT_PAIRS;
  const tokens = new Map<CatalogSystem, Set<string>>();
  const tokensOf = (s: CatalogSystem) => {
    let set = tokens.get(s);
    if (!set) tokens.set(s, (set = contentTokens(s)));
    return set;
  };
  const pairs: { from: string; to: string; score: number }[] = [];
  for (const before of removed) {
    for (const after of added) {
      const sameName = before.data.name.trim().toLowerCase() === after.data.name.trim().toLowerCase();
      const similarity = compareContents ? jaccard(tokensOf(before), tokensOf(after)) : 0;
      if (sameName || similarity >= MIN_SIMILARITY) pairs.push({ from: before.id, to: after.id, score: (sameName ? 1 : 0) + similarity });
    }
  }
  pairs.sort((a, b) => b.score - a.score || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (renames.has(pair.from) || taken.has(pair.to)) continue;
    renames.set(pair.from, pair.to);
    taken.add(pair.to);
  }
  return renames;
}

/** A doc as a set of `field=value` entries and non-blank body lines. */
function contentTokens(system: CatalogSystem): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(system.data)) out.add(`${key}=${JSON.stringify(value)}`);
  for (const line of system.body.split('\n')) {
    const text = line.trim();
    if (text) out.add(text);
  }
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const token of a) if (b.has(token)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 1 : common / union;
}
