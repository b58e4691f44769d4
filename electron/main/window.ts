import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';

/**
 * The only way the app makes a window, so its security options are fixed in one place (and asserted
 * exactly by a unit test): sandboxed, isolated, no Node in the page, workers or subframes.
 */
export const SECURE_WEB_PREFERENCES = {
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
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

export function windowOptions(preloadDir: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Caseboard',
    backgroundColor: '#16181d',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(preloadDir, 'index.js') },
  };
}

/**
 * The options are written out here again, literally, because electronegativity (`npm run verify:security`)
 * reads only the literal argument of `new BrowserWindow(...)`: behind a function call it can check nothing.
 * A unit test (tests/unit/electron/ipc.test.ts) asserts that this call receives exactly `windowOptions()`.
 */
export function createWindow(preloadDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Caseboard',
    backgroundColor: '#16181d',
    webPreferences: {
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
      preload: join(preloadDir, 'index.js'),
    },
  });
  win.once('ready-to-show', () => win.show());
  return win;
}
