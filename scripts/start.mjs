// `npm start`: the desktop app where the Electron runtime is installed, otherwise the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const electron = electronBinary(root);
const args = process.argv.slice(2);
const child = electron
  ? spawn(electron, [root, ...args], { cwd: root, stdio: 'inherit' })
  : (console.log('The Electron runtime is not installed on this machine (it is downloaded at install time), so Caseboard is served to your browser instead:'),
    spawn(process.execPath, [join(root, 'bin', 'caseboard.cjs'), 'serve', '--open', ...args], { cwd: root, stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
