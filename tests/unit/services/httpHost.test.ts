import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../electron/server/httpHost';
import { CaseStore } from '../../../electron/services/caseStore';
import { createHandlers } from '../../../electron/services/handlers';

let host: HttpHost;
const home = mkdtempSync(join(tmpdir(), 'caseboard-http-'));
const staticDir = join(home, 'ui');

beforeAll(async () => {
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(home, 'secret.txt'), 'outside the UI folder');
  const store = new CaseStore(join(home, 'cases'));
  host = await startHttpHost(createHandlers(store, { host: 'browser', version: 'test' }), { port: 0, staticDir });
});
afterAll(async () => {
  await host.close();
  rmSync(home, { recursive: true, force: true });
});

type Reply = { status: number; body: string; headers: Record<string, string | string[] | undefined> };
function call(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}
const api = (method: string, payload: unknown, headers: Record<string, string> = {}) =>
  call(`/api/${method}`, { method: 'POST', body: JSON.stringify(payload), headers: { 'content-type': 'application/json', 'x-caseboard-token': host.token, ...headers } });

describe('browser host', () => {
  it('binds the loopback interface only', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('refuses requests without the token (401), with a wrong one (403), for pages and API alike', async () => {
    expect((await call('/')).status).toBe(401);
    expect((await call('/assets/app.js')).status).toBe(401);
    expect((await call('/?token=wrong')).status).toBe(403);
    expect((await call(`/?token=${host.token.slice(0, -1)}x`)).status).toBe(403);
    expect((await call('/api/listCases', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await call(`/?token=${host.token}`, { headers: { host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await api('listCases', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('listCases', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('serves the page with the token, sets a same-site cookie that then suffices, and sends a CSP', async () => {
    const first = await call(`/?token=${host.token}`);
    expect(first.status).toBe(200);
    expect(first.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await call('/', { headers: { cookie } })).status).toBe(200);
  });

  it('never serves files outside the UI folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await call(`${path}?token=${host.token}`);
      expect(r.body).not.toContain('outside the UI folder');
    }
  });

  it('validates every API input at the boundary and reports the field', async () => {
    const unknown = JSON.parse((await api('deleteEverything', {})).body);
    expect(unknown.error).toMatchObject({ code: 'bad-input', message: expect.stringMatching(/unknown call/) });
    const bad = JSON.parse((await api('openCase', { name: '../../etc/passwd' })).body);
    expect(bad.error.code).toBe('bad-input');
    expect(bad.error.message).toMatch(/^openCase: name:/);
    const ops = JSON.parse((await api('applyOps', { name: 'x.json', baseRevision: 0, ops: [{ op: 'formatDisk' }] })).body);
    expect(ops.error.code).toBe('bad-input');
    expect((await call('/api/listCases', { method: 'POST', body: 'not json', headers: { 'content-type': 'application/json', 'x-caseboard-token': host.token } })).status).toBe(400);
    expect((await call('/api/listCases', { method: 'GET', headers: { 'x-caseboard-token': host.token } })).status).toBe(405);
  });

  it('answers a valid call', async () => {
    const created = JSON.parse((await api('createCase', { title: 'Over HTTP' })).body);
    expect(created.ok).toBe(true);
    const list = JSON.parse((await api('listCases', {})).body);
    expect(list.value.map((c: { title: string }) => c.title)).toEqual(['Over HTTP']);
  });
});
