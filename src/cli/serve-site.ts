import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.png': 'image/png',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
};

/** A running static server for a built site. */
export interface SiteServer {
  /** The site's address, base path included. */
  url: string;
  close: () => Promise<void>;
}

/** Where to listen: port 0 picks a free one. */
export interface ServeOptions {
  port?: number;
  host?: string;
}

/**
 * Serves a built site (`root`, absolute) under `base` the way a static host does: folder indexes, a redirect to the
 * trailing slash, the site's own 404 page, and nothing outside `root` whatever the request path says.
 */
export async function serveSite(root: string, base = '/', options: ServeOptions = {}): Promise<SiteServer> {
  const server: Server = createServer(async (request, response) => {
    const send = async (file: string, status = 200) => {
      try {
        const body = await readFile(file);
        response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found\n');
      }
    };
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      return response.end('Bad request\n');
    }
    if (!path.startsWith(base)) return send(join(root, '404.html'), 404);
    const file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return send(join(root, '404.html'), 404);
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { location: `${encodeURI(path)}/` });
          return response.end();
        }
        return await send(join(file, 'index.html'));
      }
      return await send(file);
    } catch {
      return send(join(root, '404.html'), 404);
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host === '127.0.0.1' || host === '::1' ? 'localhost' : host}:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
