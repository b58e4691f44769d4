import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run verify:security` as part of `npm test`: electronegativity over the sources must leave no finding
// that is neither fixed nor justified, and the gate must close when a protection is taken away.
const repo = join(__dirname, '../../..');
const script = join(repo, 'scripts/electronegativity.mjs');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

type Run = { code: number; out: string; report: { findings: { id: string; severity: string; justified: string | null; sample: string }[]; parseErrors: unknown[] } };
function scan(root?: string): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'caseboard-eneg-test-'));
  made.push(dir);
  const json = join(dir, 'report.json');
  return new Promise((resolve) => {
    execFile(process.execPath, [script, '--json', json, ...(root ? ['--root', root] : [])], { cwd: repo, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, out: stdout + stderr, report: JSON.parse(readFileSync(json, 'utf8')) });
    });
  });
}

/** A copy of what the script scans, with some files edited. */
function mutant(edits: Record<string, (text: string) => string>): string {
  const root = mkdtempSync(join(tmpdir(), 'caseboard-eneg-mutant-'));
  made.push(root);
  for (const d of ['electron', 'renderer', 'shared']) cpSync(join(repo, d), join(root, d), { recursive: true });
  cpSync(join(repo, 'package.json'), join(root, 'package.json'));
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, `the edit of ${file} applies`).not.toBe(before);
    writeFileSync(path, after);
  }
  return root;
}

describe.concurrent('electronegativity gate', () => {
  it('passes on the project: every finding is fixed or justified, every file parsed', async () => {
    const run = await scan();
    expect(run.out).toMatch(/0 open \(0 HIGH\)/);
    expect(run.report.parseErrors).toEqual([]);
    expect(run.report.findings.filter((f) => !f.justified)).toEqual([]);
    expect(run.report.findings.filter((f) => f.severity === 'HIGH')).toEqual([]);
    expect(run.code).toBe(0);
  }, 120_000);

  const window = 'electron/main/window.ts';
  it('fails when the sandbox is turned off', async () => {
    const run = await scan(mutant({ [window]: (t) => t.replace('      sandbox: true,', '      sandbox: false,') }));
    expect(run.code).toBe(1);
    expect(run.report.findings.filter((f) => !f.justified).map((f) => f.id)).toEqual(['SANDBOX_JS_CHECK']);
    expect(run.out).toMatch(/OPEN MEDIUM SANDBOX_JS_CHECK at electron\/main\/window\.ts/);
  }, 120_000);

  it('fails when other protections are removed, naming each', async () => {
    const run = await scan(
      mutant({
        [window]: (t) =>
          t
            .replace('      sandbox: true,\n', '')
            .replace('      contextIsolation: true,', '      contextIsolation: false,')
            .replace('      nodeIntegration: false,', '      nodeIntegration: true,')
            .replace('      webSecurity: true,', '      webSecurity: false,')
            .replace('      allowRunningInsecureContent: false,', '      allowRunningInsecureContent: true,')
            .replace('      experimentalFeatures: false,', '      experimentalFeatures: true,')
            .replace("      enableBlinkFeatures: '',", "      enableBlinkFeatures: 'CSSVariables',"),
        'electron/main/guards.ts': (t) => t.replace('session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));', ''),
      }),
    );
    expect(run.code).toBe(1);
    const open = run.report.findings.filter((f) => !f.justified);
    for (const check of [
      'SANDBOX_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'NODE_INTEGRATION_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'INSECURE_CONTENT_JS_CHECK',
      'EXPERIMENTAL_FEATURES_JS_CHECK',
      'BLINK_FEATURES_JS_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ])
      expect(open.map((f) => f.id), check).toContain(check);
    // Electronegativity rates some of these below HIGH (sandbox MEDIUM, nodeIntegration without sandbox
    // INFORMATIONAL): the gate fails on any finding not justified, whatever its severity.
    expect(open.some((f) => f.severity === 'HIGH')).toBe(true);
  }, 120_000);
});
