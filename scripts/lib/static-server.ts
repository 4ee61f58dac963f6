import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  port: number;
  /** URL of a path under the served folder, on 127.0.0.1 or on a name under .candor.test. */
  url(path?: string, host?: string): string;
  close(): Promise<void>;
}

/**
 * Serves a folder read-only on loopback (content scripts do not run on file:// pages). Extra
 * routes, such as `/node_modules/` for real consent libraries, map URL prefixes to other folders.
 */
export async function serveDirectory(root: string, routes: Record<string, string> = {}): Promise<StaticServer> {
  const mounts = Object.entries({ ...routes, '/': root }).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const [prefix, dir] = mounts.find(([p]) => pathname.startsWith(p)) ?? mounts[mounts.length - 1]!;
    let file = normalize(join(dir, pathname.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path = '/', host = '127.0.0.1') => `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // A browser keeps idle keep-alive connections open; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}
