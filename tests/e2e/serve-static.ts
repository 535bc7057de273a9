import { serveSite, type SiteServer } from '../../src/cli/serve-site.ts';

/** A running static server for a built site, mounted at `base` like the real host would. */
export type StaticServer = SiteServer;

/** Serves `root` under `base` on a free local port: the same server `fieldguide preview` uses. */
export function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  return serveSite(root, base).then((server) => ({ ...server, url: server.url.replace('://localhost:', '://127.0.0.1:') }));
}
