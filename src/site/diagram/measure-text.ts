// Approximate advance widths, in em, for a sans-serif UI font. The build has no browser to measure text,
// so boxes are sized from these and given generous padding; CSS pins the font so the guess stays close.
const NARROW = new Set([...'iljI.,:;\'|!()[]{} ']);
const SEMI = new Set([...'frt-/"`*']);
const WIDE = new Set([...'mwMW@%']);

/** Estimated width in pixels of `text` set in the diagram font at `size` pixels. */
export function measureText(text: string, size: number): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.3;
    else if (SEMI.has(char)) em += 0.4;
    else if (WIDE.has(char)) em += 0.88;
    else if (char >= 'A' && char <= 'Z') em += 0.68;
    else if (char.codePointAt(0)! > 0x2e80) em += 1;
    else em += 0.56;
  }
  return em * size;
}

/** `text` cut to fit `max` pixels with an ellipsis, or unchanged when it fits. */
export function fitText(text: string, size: number, max: number): string {
  if (measureText(text, size) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && measureText(`${chars.join('').trimEnd()}…`, size) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * `text` broken into at most `lines` lines at spaces, each at most `max` pixels wide unless a single word is
 * wider (then the word gets a line of its own, cut only past `hardMax`). Text left over ends in an ellipsis
 * after the last whole word, so every word shown is a word of the name (screen readers compare the two).
 */
export function wrapText(text: string, size: number, max: number, lines = 3, hardMax = max * 1.6): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').map((w) => (measureText(w, size) > hardMax ? fitText(w, size, hardMax) : w));
  const out: string[] = [];
  let i = 0;
  while (i < words.length && out.length < lines) {
    let line = words[i++]!;
    while (i < words.length && measureText(`${line} ${words[i]}`, size) <= max) line += ` ${words[i++]}`;
    out.push(line);
  }
  if (i < words.length) {
    let last = out.pop()!;
    while (last.includes(' ') && measureText(`${last} …`, size) > max) last = last.slice(0, last.lastIndexOf(' '));
    out.push(`${last} …`);
  }
  return out;
}
