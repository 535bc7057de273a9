/** What makes two handles the same person: chat nicknames compare without regard to case (`MBell` is `mbell`). */
export function personKey(handle: string): string {
  return handle.trim().toLowerCase();
}
