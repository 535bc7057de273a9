/** A site-internal link: `path` (no leading slash, `''` for home) under the configured base, which ends in `/`. */
export function makeHref(base: string, path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** The path of a system's page, relative to the base. */
export function systemPath(id: string): string {
  return `systems/${id}/`;
}

/** The path of a team's page, relative to the base. */
export function teamPath(id: string): string {
  return `teams/${id}/`;
}
