import type { Finding } from '../diagnostic.ts';

/** Largest file `check` reads; anything bigger is not a hand-written doc. */
export const MAX_FILE_BYTES = 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file's bytes as UTF-8 without a BOM, or says where and why it cannot. */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { finding: Finding } {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      finding: {
        file, line: 1, column: 1, rule: 'file-too-large',
        message: `The file is ${bytes.length} bytes; the limit is ${MAX_FILE_BYTES} bytes.`,
        hint: 'Split long material into linked pages; a system doc should stay readable.',
      },
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, bad);
    const lastNewline = before.lastIndexOf(0x0a);
    const line = countNewlines(before) + 1;
    const column = new TextDecoder().decode(before.subarray(lastNewline + 1)).length + 1;
    return {
      finding: {
        file, line, column, rule: 'not-utf8',
        message: `The file is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}).`,
        hint: 'Save the file as UTF-8.',
      },
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 0x0a) n++;
  return n;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
