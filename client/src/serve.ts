/**
 * A page handed to the system browser: a temporary file on a desktop, or (in a browser-based
 * editor such as code-server, where the browser cannot read the server's files) a one-page HTTP
 * server on 127.0.0.1 behind a random path, closed after a few minutes.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes the page into a fresh temporary folder; the file's path. */
export function tempPage(html: string, name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'service-standard-')), `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'standard'}.html`);
  writeFileSync(file, html);
  return file;
}

/** Serves the page at `http://127.0.0.1:<port>/<token>/`; the URL, and a stop function. */
export function servePage(html: string, lifetimeMs = 10 * 60 * 1000): Promise<{ url: string; stop: () => void }> {
  const token = randomBytes(16).toString('hex');
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || !req.url?.startsWith(`/${token}/`)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }).end(html);
  });
  const stop = () => server.close();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      setTimeout(stop, lifetimeMs).unref();
      resolve({ url: `http://127.0.0.1:${port}/${token}/`, stop });
    });
  });
}
