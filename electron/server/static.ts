import { createReadStream, promises as fs } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The page's policy, sent as a header as well as in the page's meta tag. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-src 'none'; frame-ancestors 'none'; form-action 'none'";

/** Serve a file of the built UI; anything that is not a file under the folder is the app's page. */
export async function serveStatic(res: ServerResponse, root: string, pathname: string, headers: Record<string, string>) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) file = join(root, 'index.html');
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || !stat.isFile()) {
    if (extname(relative)) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
      return res.end('Not found');
    }
    file = join(root, 'index.html');
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    ...headers,
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cache-control': file.endsWith('.html') ? 'no-store' : 'private, max-age=3600',
  });
  createReadStream(file).pipe(res);
}
