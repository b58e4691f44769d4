import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startHttpHost } from '../../server/httpHost';
import { CaseStore } from '../../services/caseStore';
import { createHandlers } from '../../services/handlers';
import { defaultWorkspaceRoot } from '../../services/workspace';
import { appVersion, rendererDir, samplePath } from '../paths';
import { importSourceFiles } from '../../services/sourceImport';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function openBrowser(url: string) {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  if (process.platform === 'linux' && !['/usr/bin/xdg-open', '/bin/xdg-open'].some(existsSync)) return;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  spawn(opener, [url], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
}

/** `caseboard serve [--port N] [--home DIR] [--open]`: the browser host, on 127.0.0.1 only. */
export async function serveCommand(argv: string[]): Promise<number> {
  const portText = option(argv, '--port') ?? '5177';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`caseboard serve: --port must be a number from 0 to 65535, not "${portText}"`);
    return 2;
  }
  if (!existsSync(join(rendererDir(), 'index.html'))) {
    console.error('caseboard serve: the UI is not built yet; run `npm run build` first');
    return 1;
  }
  const home = option(argv, '--home') ?? defaultWorkspaceRoot();
  const store = new CaseStore(home);
  const handlers = createHandlers(store, { host: 'browser', version: appVersion(), samplePath: samplePath(), importSources: importSourceFiles });
  let host;
  try {
    host = await startHttpHost(handlers, { port, staticDir: rendererDir() });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    console.error(`caseboard serve: cannot listen on 127.0.0.1:${port}${code === 'EADDRINUSE' ? ' (the port is in use; try --port 0 for a free one)' : ` (${String(err)})`}`);
    return 1;
  }
  console.log(`Caseboard is running at ${host.url}`);
  console.log(`Cases are kept in ${store.ws.root}. Press Ctrl+C to stop.`);
  if (argv.includes('--open')) openBrowser(host.url);
  await new Promise<void>((resolve) => {
    const stop = async () => {
      await store.closeAll();
      await host.close();
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
