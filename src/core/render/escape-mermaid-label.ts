const SAFE = /^[A-Za-z0-9 .,:/+-]$/u;

/**
 * Escapes text for a quoted Mermaid label: every character outside a small safe set becomes a Mermaid
 * entity code (`#34;`), so no name can close the label, start a directive, add Markdown or inject HTML.
 * Line breaks and runs of whitespace become one space.
 */
export function escapeMermaidLabel(text: string): string {
  let out = '';
  for (const char of text.replace(/\s+/gu, ' ').trim()) {
    out += SAFE.test(char) ? char : `#${char.codePointAt(0)};`;
  }
  return out;
}
