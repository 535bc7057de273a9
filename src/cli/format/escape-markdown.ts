/** Escapes free text (a system's name) for Markdown and table cells: ASCII punctuation that could start markup is backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#@!]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}
