import { isAlias, isMap, isPair, isSeq, type Document, type Node } from 'yaml';

/** Most alias expansions a YAML file may need, nested ones included (YAML's "billion laughs" stop here). */
export const MAX_ALIAS_EXPANSIONS = 100;

/** An alias that cannot be expanded safely: where it is (an offset into the YAML text) and why. */
export interface AliasProblem {
  offset: number;
  message: string;
  hint?: string;
}

// Expansion counts grow exponentially with nested aliases; past this they are only "more than".
const CAP = 1_000_000_000;

/**
 * Finds aliases that `toJS` would throw on or that would make the data huge or cyclic: an alias with no anchor
 * before it, one inside the node it names, and expansions past `limit` in all. With none found, `toJS` is safe.
 * The walk recurses per level, so the nesting depth must have been bounded first.
 */
export function findAliasProblems(doc: Document, limit = MAX_ALIAS_EXPANSIONS): AliasProblem[] {
  const problems: AliasProblem[] = [];
  const anchors = new Map<string, Node>();
  const later = new Set<string>();
  const open = new Set<Node>();
  // Expansions needed to convert a node, known once the walk has left it; an alias's target always has been left.
  const weights = new Map<Node, number>();
  let total = 0;
  let passedAt: number | undefined;

  const walk = (node: unknown): number => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const offset = node.range?.[0] ?? 0;
      if (target === undefined) {
        problems.push({
          offset, message: `The alias \`*${node.source}\` refers to no anchor defined before it.`,
          ...(later.has(node.source) ? { hint: `Its anchor \`&${node.source}\` comes after it: define the anchor first.` } : {}),
        });
        return 0;
      }
      if (open.has(target)) {
        problems.push({ offset, message: `The alias \`*${node.source}\` refers to a node that contains it.`, hint: 'An alias cannot repeat the node it is part of.' });
        return 0;
      }
      const weight = Math.min(CAP, 1 + (weights.get(target) ?? 0));
      total = Math.min(CAP, total + weight);
      if (total > limit && passedAt === undefined) passedAt = offset;
      return weight;
    }
    if (node === null || typeof node !== 'object') return 0;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node as Node);
    open.add(node as Node);
    let weight = 0;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) weight += walk(item);
    } else if (isPair(node)) {
      weight = walk(node.key) + walk(node.value);
    }
    open.delete(node as Node);
    weight = Math.min(CAP, weight);
    weights.set(node as Node, weight);
    return weight;
  };

  collectAnchors(doc.contents, later);
  walk(doc.contents);
  if (passedAt !== undefined) {
    problems.push({
      offset: passedAt,
      message: `Aliases are expanded ${total >= CAP ? `more than ${CAP}` : total} times; the limit is ${limit}.`,
      hint: 'Repeat fewer values through aliases, or write them out.',
    });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

/** Every anchor name in the document, to tell an alias used too early from one whose anchor does not exist. */
function collectAnchors(node: unknown, into: Set<string>): void {
  if (node === null || typeof node !== 'object') return;
  const anchor = (node as { anchor?: string }).anchor;
  if (anchor) into.add(anchor);
  if (isMap(node) || isSeq(node)) for (const item of node.items) collectAnchors(item, into);
  else if (isPair(node)) {
    collectAnchors(node.key, into);
    collectAnchors(node.value, into);
  }
}
