import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { parseCaseFile as parseCaseText } from './caseValidator';

const KEEP = 10;
const EVERY_MS = 60_000;

/** Keep a file's current bytes under a new name without copying them where the system allows it. */
async function preserve(from: string, to: string): Promise<void> {
  const temp = `${to}.${process.pid}.tmp`;
  await fs.unlink(temp).catch(() => undefined);
  try {
    await fs.link(from, temp);
  } catch {
    await fs.copyFile(from, temp);
  }
  await fs.rename(temp, to);
}

/**
 * Backups of one case: `previous.json` is always the version before the last save, and a timestamped copy is
 * kept at most once a minute, the newest ten of them. The case file is replaced by rename, so a hard link to
 * the old inode is a true copy of the old version at no cost.
 */
export class CaseBackups {
  private lastStamp = 0;
  constructor(readonly dir: string) {}

  async beforeOverwrite(casePath: string): Promise<void> {
    try {
      await fs.access(casePath);
    } catch {
      return;
    }
    await fs.mkdir(this.dir, { recursive: true });
    await preserve(casePath, join(this.dir, 'previous.json'));
    const now = Date.now();
    if (now - this.lastStamp < EVERY_MS) return;
    this.lastStamp = now;
    await preserve(casePath, join(this.dir, `${new Date(now).toISOString().replace(/[:.]/g, '-')}.json`));
    await this.prune();
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
