import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, startHost } from './fixtures';

const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'caseboard.cjs'), ...args], { encoding: 'utf8' });

test.describe('command line', () => {
  test('--help lists every command', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    for (const command of ['serve', 'validate', 'extract', 'export']) expect(r.stdout).toContain(`caseboard ${command}`);
  });

  test('validate accepts a saved case and rejects broken ones with a reason each, touching none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseboard-cli-'));
    const good = readFileSync(join(ROOT, 'resources', 'sample-case.json'), 'utf8');
    const files = {
      'good.json': good,
      'truncated.json': good.slice(0, good.length / 2),
      'not-json.json': 'Pakistan, Qatar, Turkey\n',
      'future.json': good.replace(/"version": \d+/, '"version": 99'),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const ok = cli('validate', join(dir, 'good.json'));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/valid case "Istanbul talks \(sample case\)"/);
    const reasons = {
      'truncated.json': /invalid: not valid JSON: the file ends early at line \d+, column \d+ \(truncated\?\)/,
      'not-json.json': /invalid: not valid JSON at line 1, column 1/,
      'future.json': /invalid: case file version 99 is newer than this app understands/,
    };
    for (const [name, reason] of Object.entries(reasons)) {
      const r = cli('validate', join(dir, name));
      expect(r.status, name).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(reason);
    }
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
  });

  test('serve prints a token URL on 127.0.0.1, which works, while a request without it is refused', async () => {
    const host = await startHost();
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
      expect((await fetch(host.url)).status).toBe(200);
      expect((await fetch(`${host.origin}/`)).status).toBe(401);
    } finally {
      await host.stop();
    }
  });
});
