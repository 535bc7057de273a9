/** Escapes text for the message part of a GitHub Actions workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes text for a property value (`file=…,title=…`) of a workflow command, where `:` and `,` are delimiters. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
