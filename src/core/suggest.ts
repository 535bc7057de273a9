/** How `suggest` matches. */
export interface SuggestOptions {
  /** Largest distance still worth suggesting; default: a third of the input's length, between 1 and 3. */
  maxDistance?: number;
}

/**
 * The closest candidate to `input` within a small edit distance, for "did you mean" hints. Case is ignored, and a
 * swap of two neighbouring letters counts as one edit, so `teir` suggests `tier` and `chek` suggests `check`.
 * Ties go to the alphabetically first candidate, so the answer never depends on the candidates' order.
 */
export function suggest(input: string, candidates: Iterable<string>, options: SuggestOptions = {}): string | undefined {
  const needle = input.toLowerCase();
  const limit = options.maxDistance ?? Math.max(1, Math.min(3, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - needle.length) > limit) continue;
    const d = editDistance(needle, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein where each substring is edited once): insertions,
 * deletions, substitutions and swaps of two adjacent characters each cost 1. Gives up early, returning a value
 * above `max`, once every alignment costs more than `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    // A swap reaches back two rows at a cost of 1, so stop only when the row before could not reach the limit either.
    if (rowMin > max && previousMin >= max) return rowMin;
    previousMin = rowMin;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
