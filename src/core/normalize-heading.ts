/** Lower-cases and folds spaces so `## How To  Access` matches `How to access`. */
export function normalizeHeading(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
