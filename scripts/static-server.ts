import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';

/**
 * A minimal static file server for the built site, used by `npm start` and the browser
 * tests. It serves `dir` under `base` like a static host would: directory URLs map to
 * index.html, unknown paths get 404.html with status 404, and text is gzip-compressed when the
 * browser accepts it (as GitHub Pages and most hosts do, so Lighthouse measures what readers
 * get). Loopback only.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

export interface StaticServer {
  server: Server;
  /** Origin plus base, e.g. http://127.0.0.1:4321/ml-equations/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, path: string): Promise<string | undefined> {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

export function startServer(options: { dir: string; base?: string; port?: number; host?: string }): Promise<StaticServer> {
  const root = normalize(options.dir);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    void (async () => {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      if (pathname === base.slice(0, -1)) {
        res.writeHead(301, { Location: base }).end();
        return;
      }
      const file = pathname.startsWith(base) ? await resolveFile(root, pathname.slice(base.length - 1)) : undefined;
      if (!file) {
        // Directory URLs without the trailing slash redirect, as static hosts do.
        if (pathname.startsWith(base) && !pathname.endsWith('/') && (await resolveFile(root, `${pathname.slice(base.length - 1)}/`))) {
          res.writeHead(301, { Location: `${pathname}/` }).end();
          return;
        }
        res.writeHead(404, { 'Content-Type': TYPES['.html'] });
        createReadStream(join(root, '404.html'))
          .on('error', () => res.end('Not found'))
          .pipe(res);
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // woff2, wasm and Pagefind's index files are compressed already.
      const compressible = /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
      if (compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        createReadStream(file).pipe(createGzip()).pipe(res);
        return;
      }
      res.writeHead(200, { 'Content-Type': type, Vary: 'Accept-Encoding' });
      createReadStream(file).pipe(res);
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://${host}:${port}`;
      resolve({
        server,
        origin,
        url: `${origin}${base}`,
        close: () =>
          new Promise((done) => {
            server.close(() => {
              done();
            });
          }),
      });
    });
  });
}
