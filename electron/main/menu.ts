import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Edit commands go to the page as key presses the workbench already handles, so
 * menu, shortcut and command palette run the same command.
 */
export function buildMenu(getWindow: () => BrowserWindow | null, newWindow: () => void): Menu {
  const send = (key: string, modifiers: ('control' | 'meta' | 'shift')[] = []) => () => {
    const wc = getWindow()?.webContents;
    if (!wc) return;
    const mods = modifiers.map((m) => (m === 'control' && process.platform === 'darwin' ? 'meta' : m)) as ('control' | 'meta' | 'shift')[];
    wc.sendInputEvent({ type: 'keyDown', keyCode: key, modifiers: mods });
    wc.sendInputEvent({ type: 'keyUp', keyCode: key, modifiers: mods });
  };
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Window', accelerator: 'CmdOrCtrl+Shift+N', click: newWindow },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('z', ['control']) },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: send('z', ['control', 'shift']) },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Command Palette…', accelerator: 'CmdOrCtrl+K', click: send('k', ['control']) },
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
