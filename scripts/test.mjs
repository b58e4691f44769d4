// `npm test`: type check, unit tests, build, end-to-end tests; ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'caseboard-test-'));
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

const step = (name, cmd, args, env) => {
  console.log(`\n== ${name}`);
  const r = run(cmd, args, env);
  if (r.status !== 0) {
    ok = false;
    console.log(`== ${name} failed (exit ${r.status})`);
  }
  return r.status === 0;
};

step('type check', 'npx', ['tsc', '-b']);

const vitestJson = join(dir, 'vitest.json');
step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}

if (step('build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn'])) {
  const pwJson = join(dir, 'playwright.json');
  step('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    totals.passed += s.expected + (s.flaky ?? 0);
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  }
}

if (!ok && totals.failed === 0) totals.failed = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
