// After `npm install`: fetch the Electron runtime (Electron >= 42 has no install script of its own) and
// build the app so the command line works at once. Offline, the fetch fails fast and only warns.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronInstaller = join(root, 'node_modules', 'electron', 'install.js');

if (process.env.CASEBOARD_SKIP_ELECTRON_DOWNLOAD) {
  console.log('caseboard: CASEBOARD_SKIP_ELECTRON_DOWNLOAD is set; not fetching the Electron runtime');
} else if (existsSync(electronInstaller) && !electronBinary(root)) {
  const r = spawnSync(process.execPath, [electronInstaller], { cwd: root, stdio: 'pipe', timeout: 300_000 });
  if (r.status === 0 && electronBinary(root)) console.log('caseboard: Electron runtime installed');
  else
    console.warn(
      'caseboard: warning: the Electron runtime could not be downloaded (offline?); `npm start` will serve the workbench to your browser instead',
    );
}

const viteCli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
if (existsSync(viteCli)) {
  const r = spawnSync(process.execPath, [viteCli, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('caseboard: the build failed; see above');
    process.exit(1);
  }
  console.log('caseboard: built; run `npm start` (or `npx caseboard --help`)');
}
