import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/** A key written twice in one mapping: where the second one is (an offset into the YAML text), and where the first. */
export interface DuplicateKey {
  key: string;
  offset: number;
  firstOffset: number;
}

/**
 * Finds keys that repeat within one mapping, in one pass with a set per mapping. The `yaml` library's own check
 * (`uniqueKeys`) compares each key with every earlier one: 20,000 keys in a teams file took seconds. Keys compare
 * as that check does: scalar values by `===`. The walk recurses per level, so nesting must have been bounded first.
 */
export function findDuplicateKeys(doc: Document): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Map<unknown, number>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const offset = pair.key.range?.[0] ?? 0;
          const first = seen.get(pair.key.value);
          if (first === undefined) seen.set(pair.key.value, offset);
          else found.push({ key: String(pair.key.value), offset, firstOffset: first });
        }
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  walk(doc.contents);
  return found;
}
