import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dispatch } from '../../shared/api/dispatch';
import { MAX_PAYLOAD_BYTES, type Handlers } from '../../shared/api/contract';
import { serveStatic } from './static';

export type HttpHost = { server: Server; url: string; token: string; port: number; close: () => Promise<void> };

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  // Compare in constant time; the length check leaks only the length, which is public.
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_PAYLOAD_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser host: the same API and UI as the desktop app, over HTTP on the loopback interface only.
 * Every request needs the secret token (in the URL once, then a same-site cookie), a Host header naming
 * this server (against DNS rebinding) and, when the browser sends one, an Origin of this server.
 */
export async function startHttpHost(handlers: Handlers, opts: { port: number; staticDir: string; token?: string }): Promise<HttpHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = opts.port;
  const cookieName = () => `caseboard_${port}`;

  const server = createServer(async (req, res) => {
    try {
      const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 403, 'Forbidden: unexpected Host header');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) return send(res, 403, 'Forbidden: foreign origin');
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const fromUrl = url.searchParams.get('token') ?? undefined;
      const given = fromUrl ?? req.headers['x-caseboard-token']?.toString() ?? cookie(req, cookieName());
      if (!given) return send(res, 401, 'Unauthorized: open the URL printed by `caseboard serve` (it carries the token)');
      if (!sameSecret(given, token)) return send(res, 403, 'Forbidden: wrong token');
      if (sameSecret(fromUrl, token))
        res.setHeader('set-cookie', `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`);

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Expected application/json');
        const body = await readBody(req);
        if (body === null) return send(res, 413, 'Payload too large');
        let payload: unknown;
        try {
          payload = JSON.parse(body || '{}');
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'bad-input', message: 'request body is not JSON' } }), 'application/json');
        }
        let method: string;
        try {
          method = decodeURIComponent(url.pathname.slice(5));
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'bad-input', message: 'malformed call name in the URL' } }), 'application/json');
        }
        const result = await dispatch(handlers, method, payload);
        return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      return serveStatic(res, opts.staticDir, url.pathname, SECURITY_HEADERS);
    } catch (err) {
      if (!res.headersSent) send(res, 500, `Internal error: ${(err as Error).message}`);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    server,
    token,
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
