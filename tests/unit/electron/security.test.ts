import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The Electron runtime is not needed to check the options the app passes to it.
vi.mock('electron', () => ({ BrowserWindow: class {}, ipcMain: { handle: vi.fn() }, net: {}, protocol: {} }));

const { SECURE_WEB_PREFERENCES, windowOptions } = await import('../../../electron/main/window');
const { isTrustedSender } = await import('../../../electron/main/ipc');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/server/static');

const parseCsp = (csp: string) =>
  Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((p) => p[0]).map(([k, ...v]) => [k!, v]));

describe('desktop security', () => {
  it('every window is sandboxed and isolated, with no Node anywhere in the page', () => {
    expect(SECURE_WEB_PREFERENCES).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      spellcheck: true,
      safeDialogs: true,
      navigateOnDragDrop: false,
    });
    expect(windowOptions('/app/preload').webPreferences).toMatchObject({ ...SECURE_WEB_PREFERENCES, preload: join('/app/preload', 'index.js') });
  });

  it.each([
    ['the header policy', CONTENT_SECURITY_POLICY],
    ['the page meta policy', /content="([^"]+)"/.exec(readFileSync(join(__dirname, '../../../renderer/index.html'), 'utf8'))![1]!],
  ])('%s is strict: self only, no inline or eval scripts, no objects, frames or base', (_name, csp) => {
    const p = parseCsp(csp);
    expect(p['default-src']).toEqual(["'self'"]);
    expect(p['script-src']).toEqual(["'self'"]);
    expect(p['object-src']).toEqual(["'none'"]);
    expect(p['base-uri']).toEqual(["'none'"]);
    expect(p['frame-src']).toEqual(["'none'"]);
    for (const values of Object.values(p)) {
      expect(values).not.toContain("'unsafe-eval'");
      for (const v of values) expect(v).not.toMatch(/^(https?:|\*|ws:)/);
    }
  });

  it('accepts IPC only from the app’s own top frame', () => {
    const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never;
    expect(isTrustedSender(frame('caseboard://app/index.html'))).toBe(true);
    expect(isTrustedSender(frame('https://evil.example/'))).toBe(false);
    expect(isTrustedSender(frame('caseboard://app/index.html', {}))).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false);
    expect(isTrustedSender(frame('file:///etc/passwd'))).toBe(false);
  });
});
