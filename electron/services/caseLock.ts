import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

type LockInfo = { pid: number; host: string; since: string };

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One writer per case file: a lock file names the process that writes it. Another live process holding it
 * means this one opens the case read-only; a lock left by a dead process is taken over.
 */
export class CaseLock {
  private held = false;
  constructor(
    private readonly dir: string,
    private readonly name: string,
  ) {}

  private get path() {
    return join(this.dir, `${this.name}.lock`);
  }

  /** Returns null when acquired, or a sentence saying who holds it. */
  async acquire(): Promise<string | null> {
    const mine: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await fs.writeFile(this.path, JSON.stringify(mine), { flag: 'wx' });
        this.held = true;
        return null;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // A workspace that cannot be written (read-only mount, no permission, full disk) can still be read.
        if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
          return `the workspace folder is not writable (${code}), so this case is shown read-only; copy it to a writable folder to edit it`;
        if (code === 'ENOSPC' || code === 'EDQUOT') return `the disk is full (${code}), so this case is shown read-only; free some space and open it again to edit it`;
        if (code !== 'EEXIST') throw err;
      }
      const other = await this.readHolder();
      if (other && other.pid === process.pid && other.host === mine.host) {
        this.held = true;
        return null;
      }
      if (other && (other.host !== mine.host || alive(other.pid)))
        return `this case is open in another Caseboard window (process ${other.pid} on ${other.host} since ${other.since}); it is shown read-only here`;
      await fs.unlink(this.path).catch(() => undefined);
    }
    return 'this case is locked by another program; it is shown read-only here';
  }

  private async readHolder(): Promise<LockInfo | null> {
    try {
      return JSON.parse(await fs.readFile(this.path, 'utf8')) as LockInfo;
    } catch {
      return null;
    }
  }

  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    await fs.unlink(this.path).catch(() => undefined);
  }
}
