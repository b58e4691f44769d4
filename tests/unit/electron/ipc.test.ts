import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, MAX_PAYLOAD_BYTES, METHODS, type Handlers, type Method } from '../../../shared/api/contract';

// The main process's guards, run against a stand-in for Electron that records what they register: IPC
// channels, app and webContents listeners, session handlers, dialogs and shell calls.
const e = vi.hoisted(() => {
  const state = {
    channels: [] as string[],
    ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    appListeners: new Map<string, ((...args: unknown[]) => unknown)[]>(),
    permissionRequest: undefined as undefined | ((wc: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    windows: [] as unknown[],
    exposed: new Map<string, unknown>(),
  };
  const electron = {
    ipcMain: {
      handle: vi.fn((channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => {
        state.channels.push(channel);
        state.ipcHandlers.set(channel, fn);
      }),
    },
    ipcRenderer: { invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })) },
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => state.exposed.set(key, value)) },
    app: {
      on: vi.fn((event: string, fn: (...args: unknown[]) => unknown) => {
        state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), fn]);
      }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn((fn: typeof state.permissionRequest) => (state.permissionRequest = fn)),
        setPermissionCheckHandler: vi.fn((fn: typeof state.permissionCheck) => (state.permissionCheck = fn)),
      },
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    dialog: { showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })) },
    BrowserWindow: class {
      constructor(options: unknown) {
        state.windows.push(options);
      }
      once() {}
    },
    net: {},
    protocol: {},
  };
  return { state, electron };
});
vi.mock('electron', () => ({ ...e.electron, default: e.electron }));
vi.mock('../../../shared/api/dispatch', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../shared/api/dispatch')>();
  return { ...real, dispatch: vi.fn(real.dispatch) };
});

const { registerIpc, channelOf } = await import('../../../electron/main/ipc');
const { installGuards, openExternal } = await import('../../../electron/main/guards');
const { createWindow, windowOptions, SECURE_WEB_PREFERENCES } = await import('../../../electron/main/window');
const { dispatch } = await import('../../../shared/api/dispatch');
const dispatchSpy = vi.mocked(dispatch);

/** One well-formed input per method (each checked against the contract below). */
const VALID: Record<Method, unknown> = {
  appInfo: {},
  listCases: {},
  createCase: { title: 'Talks' },
  openCase: { name: 'talks.json' },
  closeCase: { name: 'talks.json' },
  renameCase: { name: 'talks.json', title: 'Talks 2' },
  duplicateCase: { name: 'talks.json' },
  deleteCase: { name: 'talks.json' },
  listTrash: {},
  restoreCase: { file: '2025-01-01--talks.json' },
  listBackups: { name: 'talks.json' },
  restoreBackup: { name: 'talks.json', file: 'previous.json' },
  applyOps: { name: 'talks.json', baseRevision: 0, ops: [{ op: 'renameCase', title: 'x' }] },
  saveState: { name: 'talks.json' },
  flush: { name: 'talks.json' },
  reloadFromDisk: { name: 'talks.json' },
  overwriteDisk: { name: 'talks.json' },
  importCase: { fileName: 'talks.json', text: '{}' },
  importSources: { files: [{ name: 'a.txt', dataBase64: 'aGk=' }] },
  saveFile: { suggestedName: 'graph.png', dataBase64: 'aGk=' },
};

const handlers = Object.fromEntries(METHODS.map((m) => [m, vi.fn(async () => `handled ${m}`)])) as unknown as Handlers & Record<Method, ReturnType<typeof vi.fn>>;
registerIpc(handlers);

const APP_PAGE = 'caseboard://app/index.html';
const fromFrame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
const invoke = (method: Method, event: unknown, payload: unknown) => e.state.ipcHandlers.get(channelOf(method))!(event, payload);
const noHandlerRan = () => {
  for (const m of METHODS) expect(handlers[m], m).not.toHaveBeenCalled();
  expect(dispatchSpy).not.toHaveBeenCalled();
};

beforeEach(() => {
  vi.clearAllMocks();
});

describe('IPC channels', () => {
  it('every contract method has exactly one channel, caseboard:<method>, and there are no others', () => {
    expect(METHODS.length).toBeGreaterThan(0);
    expect(e.state.channels).toHaveLength(METHODS.length);
    expect(new Set(e.state.channels).size).toBe(METHODS.length);
    expect([...e.state.channels].sort()).toEqual(METHODS.map((m) => `caseboard:${m}`).sort());
    for (const m of METHODS) expect(channelOf(m)).toBe(`caseboard:${m}`);
  });

  it('the well-formed inputs used below are valid for the contract', () => {
    for (const m of METHODS) expect(api[m].input.safeParse(VALID[m]).success, m).toBe(true);
  });

  it('a valid call from the app window reaches dispatch and its handler', async () => {
    for (const m of METHODS) {
      const result = await invoke(m, fromFrame(APP_PAGE), VALID[m]);
      expect(result, m).toEqual({ ok: true, value: `handled ${m}` });
      expect(dispatchSpy).toHaveBeenLastCalledWith(handlers, m, VALID[m]);
      expect(handlers[m]).toHaveBeenCalledTimes(1);
    }
    expect(dispatchSpy).toHaveBeenCalledTimes(METHODS.length);
  });

  const refusedSenders: [string, unknown][] = [
    ['a null sender frame (frame gone or navigated away)', { senderFrame: null }],
    ['no sender frame at all', {}],
    ['a subframe of the app page', fromFrame(APP_PAGE, { url: APP_PAGE })],
    ['a foreign https page', fromFrame('https://evil.example/index.html')],
    ['a file:// page', fromFrame('file:///etc/passwd')],
    ['another host on the app scheme', fromFrame('caseboard://evil/index.html')],
    ['a look-alike host', fromFrame('caseboard://app.evil/index.html')],
    ['userinfo in front of a foreign host', fromFrame('caseboard://app@evil/index.html')],
    ['the browser host origin', fromFrame('http://127.0.0.1:5177/index.html')],
    ['about:blank', fromFrame('about:blank')],
    ['a data: URL', fromFrame('data:text/html,<script>1</script>')],
    ['an unparsable URL', fromFrame('not a url')],
  ];
  it.each(refusedSenders)('refuses %s before any handler runs', async (_name, event) => {
    for (const m of METHODS) {
      const result = await invoke(m, event, VALID[m]);
      expect(result, m).toEqual({ ok: false, error: { code: 'bad-input', message: 'call refused: not from the app window' } });
    }
    noHandlerRan();
  });

  it('refuses an oversized payload before parsing it', async () => {
    const huge = 'x'.repeat(MAX_PAYLOAD_BYTES + 1);
    expect(await invoke('importCase', fromFrame(APP_PAGE), huge)).toEqual({ ok: false, error: { code: 'bad-input', message: 'call refused: payload too large' } });
    // The same size inside a well-formed object: the schema would accept it, the size cap does not.
    const big = { fileName: 'big.json', text: huge.slice(0, MAX_PAYLOAD_BYTES) };
    expect(await invoke('importCase', fromFrame(APP_PAGE), big)).toEqual({ ok: false, error: { code: 'bad-input', message: 'call refused: payload too large' } });
    // The cap counts UTF-8 bytes, not UTF-16 units: half as many characters of three bytes each is still too large.
    const wide = { fileName: 'wide.json', text: '\u0645\u0631'.repeat(Math.ceil(MAX_PAYLOAD_BYTES / 8)) + '\u20ac'.repeat(Math.ceil(MAX_PAYLOAD_BYTES / 6)) };
    expect(wide.text.length).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(await invoke('importCase', fromFrame(APP_PAGE), wide)).toEqual({ ok: false, error: { code: 'bad-input', message: 'call refused: payload too large' } });
    noHandlerRan();
  });

  it('refuses payloads that are not plain data (cycles, BigInt) with an error result instead of throwing', async () => {
    const cyclic: Record<string, unknown> = { name: 'talks.json' };
    cyclic.self = cyclic;
    for (const payload of [cyclic, { name: 'talks.json', n: 10n }]) {
      expect(await invoke('openCase', fromFrame(APP_PAGE), payload)).toEqual({ ok: false, error: { code: 'bad-input', message: 'call refused: payload is not plain JSON data' } });
    }
    noHandlerRan();
  });

  it('a malformed payload from the app window reaches dispatch and is refused by the schema, not the handler', async () => {
    const result = await invoke('openCase', fromFrame(APP_PAGE), { name: '../../etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(dispatchSpy).toHaveBeenCalledTimes(1);
    expect(handlers.openCase).not.toHaveBeenCalled();
  });
});

describe('preload bridge', () => {
  it('exposes one object whose call() reaches only the contract channels', async () => {
    await import('../../../electron/preload/index');
    const bridge = e.state.exposed.get('caseboard') as { host: string; call: (m: string, input: unknown) => Promise<unknown> };
    expect([...e.state.exposed.keys()]).toEqual(['caseboard']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'host']);
    for (const m of METHODS) {
      await bridge.call(m, VALID[m]);
      expect(e.electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(`caseboard:${m}`, VALID[m]);
    }
    const invoked = e.electron.ipcRenderer.invoke.mock.calls.length;
    for (const bad of ['evil', '__proto__', 'constructor', 'toString', 'openCase ', 'caseboard:openCase', '']) {
      expect(await bridge.call(bad, {})).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    }
    expect(e.electron.ipcRenderer.invoke.mock.calls.length).toBe(invoked);
  });
});

describe('window factory', () => {
  it('creates each window with exactly the checked options', () => {
    createWindow('/app/preload');
    expect(e.state.windows.at(-1)).toEqual(windowOptions('/app/preload'));
    expect((e.state.windows.at(-1) as { webPreferences: object }).webPreferences).toMatchObject(SECURE_WEB_PREFERENCES);
  });
});

// ------------------------------------------------------------------------------------------------ guards

type Contents = {
  listeners: Map<string, (...args: unknown[]) => unknown>;
  openHandler?: (details: { url: string }) => { action: string };
};
function newContents(): Contents {
  const c: Contents = { listeners: new Map() };
  const contents = {
    on: (event: string, fn: (...args: unknown[]) => unknown) => {
      c.listeners.set(event, fn);
      return contents;
    },
    setWindowOpenHandler: (fn: Contents['openHandler']) => (c.openHandler = fn),
  };
  for (const fn of e.state.appListeners.get('web-contents-created') ?? []) fn({}, contents);
  return c;
}
const fire = (c: Contents, name: string, ...args: unknown[]) => {
  const event = { preventDefault: vi.fn(), ...(typeof args[0] === 'object' ? (args.shift() as object) : {}) };
  const fn = c.listeners.get(name);
  expect(fn, `a ${name} listener`).toBeDefined();
  fn!(event, ...args);
  return event.preventDefault.mock.calls.length > 0;
};
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('navigation, window, webview and permission guards', () => {
  installGuards();

  it('listens on every web contents the app creates', () => {
    expect(e.state.appListeners.get('web-contents-created')).toHaveLength(1);
  });

  it('denies navigation away from caseboard://app, allows it within', () => {
    const c = newContents();
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:5177/',
      'file:///etc/passwd',
      'caseboard://evil/index.html',
      'caseboard://app.evil/index.html',
      'caseboard://app',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      'chrome://settings',
    ])
      expect(fire(c, 'will-navigate', url), url).toBe(true);
    expect(fire(c, 'will-navigate', 'caseboard://app/index.html')).toBe(false);
  });

  it('denies every redirect, even to the app itself', () => {
    const c = newContents();
    for (const url of ['https://evil.example/', 'caseboard://app/index.html']) expect(fire(c, 'will-redirect', url), url).toBe(true);
  });

  it('denies navigation of subframes, leaves the main frame to will-navigate', () => {
    const c = newContents();
    expect(fire(c, 'will-frame-navigate', { isMainFrame: false, url: 'caseboard://app/index.html' })).toBe(true);
    expect(fire(c, 'will-frame-navigate', { isMainFrame: true, url: 'caseboard://app/index.html' })).toBe(false);
  });

  it('refuses to attach webviews', () => {
    const c = newContents();
    expect(fire(c, 'will-attach-webview', {}, { src: 'https://evil.example/' })).toBe(true);
  });

  it('denies every new window; only http(s) links are offered to the system browser, after confirmation', async () => {
    const c = newContents();
    for (const url of ['https://example.org/a', 'http://example.org/', 'javascript:alert(1)', 'file:///etc/passwd', 'caseboard://app/index.html', 'about:blank', ''])
      expect(c.openHandler!({ url }), url).toEqual({ action: 'deny' });
    await flush();
    // Two http(s) links asked the user; the user said no (the mock answers Cancel), so nothing opened.
    expect(e.electron.dialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(e.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses every permission request and permission check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'unknown']) {
      const callback = vi.fn();
      e.state.permissionRequest!({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(e.state.permissionCheck!({}, permission, 'caseboard://app', {}), permission).toBe(false);
    }
  });
});

describe('openExternal', () => {
  const answer = (response: number) => e.electron.dialog.showMessageBox.mockResolvedValueOnce({ response, checkboxChecked: false });

  it('opens an http(s) URL only after the user confirms (response 0)', async () => {
    let confirm!: (v: { response: number; checkboxChecked: boolean }) => void;
    e.electron.dialog.showMessageBox.mockReturnValueOnce(new Promise((r) => (confirm = r)));
    const done = openExternal('https://example.org/report?id=1');
    await flush();
    expect(e.electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const options = e.electron.dialog.showMessageBox.mock.calls[0]!.at(-1) as { detail: string; defaultId: number; cancelId: number; buttons: string[] };
    expect(options).toMatchObject({ detail: 'https://example.org/report?id=1', defaultId: 1, cancelId: 1 });
    expect(options.buttons[0]).toMatch(/open/i);
    expect(e.electron.shell.openExternal).not.toHaveBeenCalled(); // nothing before the answer
    confirm({ response: 0, checkboxChecked: false });
    await done;
    expect(e.electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/report?id=1');

    answer(0);
    await openExternal('http://example.org');
    expect(e.electron.shell.openExternal).toHaveBeenLastCalledWith('http://example.org/');
  });

  it('does not open when the user cancels or closes the dialog', async () => {
    for (const response of [1, 2, -1]) {
      answer(response);
      await openExternal('https://example.org/');
    }
    expect(e.electron.dialog.showMessageBox).toHaveBeenCalledTimes(3);
    expect(e.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('never asks about, or opens, anything but http(s)', async () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'smb://attacker/share',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x',
      'vbscript:msgbox(1)',
      'caseboard://app/index.html',
      'mailto:a@example.org',
      'ftp://example.org/',
      'not a url',
      '',
      '//example.org/',
    ]) {
      answer(0); // even if the dialog would say yes
      await openExternal(url);
    }
    expect(e.electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(e.electron.shell.openExternal).not.toHaveBeenCalled();
    e.electron.dialog.showMessageBox.mockReset();
  });

  it('asks in front of the parent window when one is given', async () => {
    const parent = { id: 7 } as never;
    answer(0);
    await openExternal('https://example.org/', parent);
    expect(e.electron.dialog.showMessageBox.mock.calls[0]![0]).toBe(parent);
    expect(e.electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/');
  });
});
