import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** A node's range in the text it was parsed from. */
export interface NodeRange {
  start: number;
  end: number;
}

/**
 * Finds the YAML node at a JSON path (`['depends_on', 2, 'id']`).
 * When the path goes further than the document does, returns the deepest node that exists;
 * with `key: true`, returns the key of the last map entry instead of its value.
 */
export function locatePath(doc: Document, path: readonly (string | number)[], options: { key?: boolean } = {}): NodeRange {
  let node: Node | null | undefined = doc.contents;
  let best: NodeRange = rangeOf(node) ?? { start: 0, end: 0 };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
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
