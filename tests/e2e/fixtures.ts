import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { test as base, chromium, type Browser } from '@playwright/test';

export const ROOT = resolve(__dirname, '..', '..');
export const SHARED = process.env.CASEBOARD_SHARED ?? resolve(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'seed', 'istanbul-talks.txt'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type Host = { url: string; token: string; origin: string; home: string; process: ChildProcess; stop: () => Promise<void> };

/** Start `caseboard serve` on a free port with its own workspace; resolves once it prints its URL. */
export async function startHost(home = mkdtempSync(join(tmpdir(), 'caseboard-e2e-'))): Promise<Host> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'caseboard.cjs'), 'serve', '--port', '0', '--home', home], {
    env: { ...process.env, CASEBOARD_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`caseboard serve did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /running at (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`caseboard serve exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  await waitForPort(Number(parsed.port), child, () => output);
  return {
    url,
    token: parsed.searchParams.get('token')!,
    origin: parsed.origin,
    home,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** The URL is printed once the socket listens; still, confirm it accepts a connection before a browser is sent there. */
async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`caseboard serve exited with ${child.exitCode}:\n${output()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`caseboard serve printed its URL but port ${port} refuses connections:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type Fixtures = { host: Host };
type WorkerFixtures = { browser: Browser };

/**
 * Each test gets a fresh workspace and server, and a page already on the token URL, in Debian's Chromium
 * (Playwright cannot download its own browser here).
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  browser: [
    async ({}, use) => {
      if (!existsSync(CHROMIUM)) return use(undefined as unknown as Browser);
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
    rmSync(host.home, { recursive: true, force: true });
  },
  page: async ({ browser, host }, use, testInfo) => {
    testInfo.skip(!existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(host.url);
    await use(page);
    await context.close();
    if (errors.length) throw new Error(`errors on the page:\n${errors.join('\n')}`);
  },
});

export { expect } from '@playwright/test';
