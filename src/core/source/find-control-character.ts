/**
 * Characters YAML does not allow anywhere in a stream: C0 controls other than tab, line feed and carriage return,
 * DEL, C1 controls other than NEL, U+FFFE, U+FFFF and unpaired surrogates (the same set js-yaml rejects).
 */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The offset of the first character YAML does not allow, and its code point as `U+0007`; `undefined` when there is none. */
export function findControlCharacter(source: string): { offset: number; codePoint: string } | undefined {
  const match = NON_PRINTABLE.exec(source);
  if (!match) return undefined;
  return { offset: match.index, codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}
