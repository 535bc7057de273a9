import { editDistance } from '../suggest.ts';

/** Up to `limit` ids that look like `input` (a typo away, or containing it), closest first, for "did you mean" errors. */
export function findSimilarIds(input: string, ids: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const max = Math.max(2, Math.floor(needle.length / 3));
  const scored: { id: string; score: number }[] = [];
  for (const id of ids) {
    const distance = editDistance(needle, id, max);
    // A fragment (`sched`) is as good a guess as a typo, but never better than an exact-length one.
    const score = distance <= max ? distance : needle.length >= 3 && id.includes(needle) ? max + 1 : Infinity;
    if (Number.isFinite(score)) scored.push({ id, score });
  }
  return scored.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1)).slice(0, limit).map((s) => s.id);
}
