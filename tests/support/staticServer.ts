import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface StaticServer {
  /** Origin plus base, e.g. `http://127.0.0.1:41234/policy-atlas/`. */
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Extra response headers on every file, as a host's configuration would add them
   * (e.g. `Content-Security-Policy`), to prove the site works under them.
   */
  headers?: Record<string, string>;
  /**
   * Gzip text responses when the client accepts it, as every real static host does, so
   * measured transfer sizes are the ones readers get.
   */
  gzip?: boolean;
}

const compressible = new Set(['.html', '.css', '.js', '.json', '.jsonld', '.svg', '.txt', '.xml']);

/**
 * Serves a built site from 127.0.0.1 the way a plain static host does: directory
 * URLs get index.html, unknown paths get 404.html with status 404, and nothing exists
 * outside `base` (so a link that escapes the sub-path fails loudly in tests).
 */
export async function startStaticServer(root: string, base = '/', options: StaticServerOptions = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (file: string, status = 200) => {
      const gzip = options.gzip && compressible.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, {
        ...options.headers,
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      const body = createReadStream(file);
      (gzip ? body.pipe(createGzip()) : body).pipe(res);
    };
    const notFound = () => send(join(root, '404.html'), 404);
    if (!path.startsWith(base)) return notFound();
    const relative = normalize(path.slice(base.length)).replace(/^(\.\.(\/|\\|$))+/, '');
    let file = join(root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    return existsSync(file) && statSync(file).isFile() ? send(file) : notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
