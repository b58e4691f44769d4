import { app, BrowserWindow, dialog, Menu } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CaseStore } from '../services/caseStore';
import { createHandlers } from '../services/handlers';
import { importSourceFiles } from '../services/sourceImport';
import { defaultWorkspaceRoot } from '../services/workspace';
import { installGuards } from './guards';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { APP_ORIGIN, registerSchemeAsPrivileged, serveRenderer } from './protocol';
import { createWindow } from './window';

// Wires the services to the desktop: everything with logic lives in services/ and shared/.
const rendererDir = join(__dirname, '../renderer');
const preloadDir = join(__dirname, '../preload');

registerSchemeAsPrivileged();
app.enableSandbox();

function openWindow(): BrowserWindow {
  const win = createWindow(preloadDir);
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

void app.whenReady().then(() => {
  const store = new CaseStore(defaultWorkspaceRoot(process.env, app.getPath('documents')));
  const handlers = createHandlers(store, {
    host: 'electron',
    version: app.getVersion(),
    samplePath: join(app.getAppPath(), 'resources', 'sample-case.json'),
    importSources: importSourceFiles,
    saveFile: async (suggestedName, data) => {
      const parent = BrowserWindow.getFocusedWindow();
      // Only a file name is taken from the page, never a path.
    const options = { defaultPath: join(app.getPath('documents'), basename(suggestedName)) };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      await writeFile(result.filePath, data);
      return { saved: true, path: result.filePath };
    },
  });
  installGuards();
  serveRenderer(rendererDir);
  registerIpc(handlers);
  Menu.setApplicationMenu(buildMenu(() => BrowserWindow.getFocusedWindow(), openWindow));
  openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  // Quitting waits for every open case to reach the disk.
  let flushed = false;
  // If some edits could not be written (full disk, a conflict), the analyst decides before they are lost.
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    void store.closeAll().then(async (failures) => {
      if (failures.length) {
        const { response } = await dialog.showMessageBox({
          type: 'warning',
          buttons: ['Cancel', 'Quit and lose these edits'],
          defaultId: 0,
          cancelId: 0,
          message: 'Some edits are not saved',
          detail: failures.join('\n\n'),
        });
        if (response === 0) return;
      }
      flushed = true;
      app.quit();
    });
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
