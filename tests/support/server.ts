/** A small static file server on 127.0.0.1 for fixture pages; routes can be added by tests. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface StaticServer {
  origin: string;
  url(path: string): string;
  /** Serves `body` at `path` with optional headers (for generated pages and CSP tests). */
  route(path: string, body: string | Uint8Array, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/** Files from node_modules that fixture pages load, e.g. a real framework. */
const VENDOR: Record<string, string> = {
  '/vendor/preact.mjs': 'node_modules/preact/dist/preact.mjs',
};

export async function serveDirectory(dir: string, root = process.cwd()): Promise<StaticServer> {
  const routes = new Map<string, { body: string | Uint8Array; headers: Record<string, string> }>();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const custom = routes.get(path);
    if (custom) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...custom.headers });
      res.end(custom.body);
      return;
    }
    const file = VENDOR[path] ? join(root, VENDOR[path]) : normalize(join(dir, path));
    if (!VENDOR[path] && !file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    route: (path, body, headers = {}) => void routes.set(path, { body, headers }),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
