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

export function createWindow(preloadDir: string): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadDir));
  win.once('ready-to-show', () => win.show());
  return win;
}
