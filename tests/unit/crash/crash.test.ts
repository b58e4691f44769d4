import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseText } from '../../../shared/model';
import { CaseStore } from '../../../electron/services/caseStore';

const KILLS = Number(process.env.CRASH_KILLS ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'caseboard-crash-'));
const childJs = join(dir, 'saver.cjs');

beforeAll(async () => {
  await build({
    logLevel: 'silent',
    configFile: false,
    build: { ssr: join(__dirname, 'saver.child.ts'), outDir: dir, emptyOutDir: false, rollupOptions: { output: { format: 'cjs', entryFileNames: 'saver.cjs' } } },
    ssr: { noExternal: true },
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the saver, kill it with SIGKILL after `afterMs`; returns the edits it reported, with times. */
function runAndKill(home: string, name: string, afterMs: number): Promise<{ n: number; at: number }[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [childJs, home, name], { stdio: ['ignore', 'pipe', 'inherit'] });
    const edits: { n: number; at: number }[] = [];
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [n, at] = line.split(' ').map(Number);
        edits.push({ n: n!, at: at! });
      }
    });
    let timer: NodeJS.Timeout | undefined;
    child.stdout.once('data', () => (timer = setTimeout(() => child.kill('SIGKILL'), afterMs)));
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(edits);
    });
  });
}

describe('crash safety', () => {
  it(`a case saved in a loop and killed with SIGKILL ${KILLS} times always opens valid, losing at most the last second`, async () => {
    const home = mkdtempSync(join(tmpdir(), 'caseboard-crash-home-'));
    const store = new CaseStore(home);
    const { name } = await store.createEmpty('Crash target');
    await store.closeAll();
    let valid = 0;
    let worstLossMs = 0;
    for (let i = 0; i < KILLS; i++) {
      const edits = await runAndKill(home, name, 20 + Math.floor(Math.random() * 400));
      const killedAt = Date.now();
      const parsed = parseCaseText(readFileSync(join(home, name), 'utf8'));
      expect(parsed.ok, parsed.ok ? '' : parsed.reason).toBe(true);
      if (!parsed.ok) return;
      valid++;
      const prefix = `ent_`;
      const savedThisRun = new Set(parsed.case.entities.filter((e) => e.id.startsWith(prefix)).map((e) => e.name));
      // Every edit made more than a second before the kill must be on disk.
      const missing = edits.filter((e) => !savedThisRun.has(`edit ${e.n}`));
      const oldestMissing = missing[0];
      if (oldestMissing) worstLossMs = Math.max(worstLossMs, killedAt - oldestMissing.at);
      expect(oldestMissing ? killedAt - oldestMissing.at : 0).toBeLessThanOrEqual(1100);
      // A killed writer's temp file is removed by the next one to open the case, so they never pile up.
      expect(readdirSync(home).filter((f) => f.endsWith('.tmp')).length).toBeLessThanOrEqual(1);
    }
    console.log(`crash test: ${KILLS} runs, ${KILLS} SIGKILLs, ${valid} files valid after kill, worst loss ${worstLossMs} ms`);
    rmSync(home, { recursive: true, force: true });
  }, 600_000);
});
