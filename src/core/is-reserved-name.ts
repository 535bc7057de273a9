/** Device names Windows reserves in every folder, with or without an extension: such files cannot be checked out there. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** True when `id` (a file name without `.md`) is a name Windows reserves, such as `con` or `lpt1`. */
export function isReservedName(id: string): boolean {
  return RESERVED.test(id);
}
