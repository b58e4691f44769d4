import { constants, promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseCaseFile as parseCaseText } from './caseValidator';

const KEEP = 10;
const EVERY_MS = 60_000;

/**
 * Keep a file's current bytes under a new name without copying them where the system allows it. The unique
 * temp name and the rename keep `to` whole at every moment. False when `from` does not exist.
 */
async function preserve(from: string, to: string): Promise<boolean> {
  const temp = `${to}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await linkOrCopy(from, temp);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !(await exists(from))) return false;
    throw err;
  }
  try {
    await fs.rename(temp, to);
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw err;
  }
  return true;
}

/** A hard link where the file system has them, else a copy (FAT, some network shares). Fails if `to` exists. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EEXIST') throw err;
    await fs.copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

const exists = (path: string) => fs.access(path).then(() => true, () => false);

/**
 * Backups of one case: `previous.json` is always the version before the last save, and a timestamped copy is
 * kept at most once a minute, the newest ten of them. The case file is replaced by rename, so a hard link to
 * the old inode is a true copy of the old version at no cost.
 *
 * Keeping a version takes two steps so that a save waits only for the cheap one: `prepare` links the bytes
 * about to be replaced under `previous.pending.json` while the new bytes are written; the step it returns files
 * that link as `previous.json` once the save is durable. Filing it releases the version before, which costs
 * the file system real work on big cases (freeing its blocks); the save does not wait for that. A crash between
 * the two steps leaves both files, and both are listed as backups.
 */
export class CaseBackups {
  private lastStamp = 0;
  private made = false;
  constructor(readonly dir: string) {}

  private get pending(): string {
    return join(this.dir, 'previous.pending.json');
  }

  /** Link the current bytes of `casePath` aside; null when there is no file yet. Must finish before the file is replaced. */
  async prepare(casePath: string): Promise<(() => Promise<void>) | null> {
    if (!this.made) {
      if (!(await exists(casePath))) return null;
      await fs.mkdir(this.dir, { recursive: true });
      this.made = true;
    }
    try {
      await linkOrCopy(casePath, this.pending);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        // Left by a crash between the two steps: its version is also in the file being replaced or in previous.json.
        await fs.unlink(this.pending);
      } else if (code === 'ENOENT') {
        if (!(await exists(casePath))) return null;
        // The backups folder was removed behind our back: make it again.
        await fs.mkdir(this.dir, { recursive: true });
      } else throw err;
      await linkOrCopy(casePath, this.pending);
    }
    return () => this.file();
  }

  /** Step two: the pending link becomes previous.json (and, once a minute, a timestamped copy too). */
  private async file(): Promise<void> {
    const now = Date.now();
    if (now - this.lastStamp >= EVERY_MS) {
      this.lastStamp = now;
      await preserve(this.pending, join(this.dir, `${new Date(now).toISOString().replace(/[:.]/g, '-')}.json`));
      await this.prune();
    }
    await fs.rename(this.pending, join(this.dir, 'previous.json'));
  }

  /** Both steps at once, for callers with nothing to overlap them with. */
  async beforeOverwrite(casePath: string): Promise<void> {
    await (await this.prepare(casePath))?.();
  }

  private async prune(): Promise<void> {
    const stamped = (await fs.readdir(this.dir)).filter((f) => /^\d{4}-.*\.json$/.test(f)).sort();
    for (const f of stamped.slice(0, Math.max(0, stamped.length - KEEP))) await fs.unlink(join(this.dir, f)).catch(() => undefined);
  }

  /** Newest first, each checked, so the app can offer the newest valid one. */
  async list(): Promise<{ file: string; savedAt: string; size: number; valid: boolean }[]> {
    let files: string[];
    try {
      files = (await fs.readdir(this.dir)).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    const out = await Promise.all(
      files.map(async (file) => {
        const path = join(this.dir, file);
        const [stat, text] = await Promise.all([fs.stat(path), fs.readFile(path, 'utf8')]);
        return { file, savedAt: stat.mtime.toISOString(), size: stat.size, valid: parseCaseText(text).ok };
      }),
    );
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  path(file: string): string {
    return join(this.dir, file);
  }
}
