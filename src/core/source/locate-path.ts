import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/** A node's range in the text it was parsed from. */
export interface NodeRange {
  start: number;
  end: number;
}

/** Each map's entries by key, built on first lookup, for callers that locate many paths in one document. */
export type PairIndex = WeakMap<YAMLMap, Map<string, Pair>>;

/**
 * Finds the YAML node at a JSON path (`['depends_on', 2, 'id']`).
 * When the path goes further than the document does, returns the deepest node that exists;
 * with `key: true`, returns the key of the last map entry instead of its value.
 * With an `index`, finding a key is a lookup instead of a walk over the map (40,000 keys would be quadratic).
 */
export function locatePath(doc: Document, path: readonly (string | number)[], options: { key?: boolean; index?: PairIndex } = {}): NodeRange {
  let node: Node | null | undefined = doc.contents;
  let best: NodeRange = rangeOf(node) ?? { start: 0, end: 0 };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = options.index ? indexed(node, options.index).get(String(segment)) : node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return best;
      const keyRange = rangeOf(pair.key as Node);
      if (last && options.key && keyRange) return keyRange;
      node = pair.value as Node | null;
      // A key with no value (`owner:`) has no range of its own: point at the key.
      best = rangeOf(node) ?? keyRange ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment] as Node | undefined;
      best = rangeOf(node) ?? best;
      if (!node) return best;
    } else {
      return best;
    }
  }
  return best;
}

function indexed(map: YAMLMap, index: PairIndex): Map<string, Pair> {
  let byKey = index.get(map);
  if (!byKey) {
    byKey = new Map();
    for (const item of map.items) {
      // The first entry wins, as `find` would have it.
      if (isPair(item) && isScalar(item.key) && !byKey.has(String(item.key.value))) byKey.set(String(item.key.value), item);
    }
    index.set(map, byKey);
  }
  return byKey;
}

function rangeOf(node: Node | null | undefined): NodeRange | undefined {
  if (!node?.range) return undefined;
  return { start: node.range[0], end: node.range[1] };
}

/** Splits an ajv instance path (`/depends_on/2/id`) into segments, numbers for indexes. */
export function splitPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((raw) => {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment;
  });
}
