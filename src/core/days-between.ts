/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `from` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
