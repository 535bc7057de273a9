import type { GlossaryTerm } from './read-glossary.ts';

/**
 * The slugs of the glossary terms that `text` uses, by the term or one of its aliases, in the glossary's order.
 * A match is a whole word or phrase, ignoring case, with any run of spaces between words and an optional plural
 * `s`/`es` (`sheriffs` uses `sheriff`); `tac` inside `stack` is not a use.
 */
export function findTermsUsed(terms: readonly Pick<GlossaryTerm, 'term' | 'slug' | 'aliases'>[], text: string): string[] {
  return terms.filter((t) => [t.term, ...t.aliases].some((name) => wordPattern(name).test(text))).map((t) => t.slug);
}

const patterns = new Map<string, RegExp>();

function wordPattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    const words = name.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])${words.join('\\s+')}(?:e?s)?(?![\\p{L}\\p{N}_])`, 'iu');
    patterns.set(name, pattern);
  }
  return pattern;
}
