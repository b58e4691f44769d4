import { promises as fs, type Stats } from 'node:fs';
import { Low } from 'lowdb';
import { ApiError, type SaveState } from '../../shared/api/contract';
import { applyOp, checkInvariants, OpError, type Case, type Op } from '../../shared/model';
import { CaseBackups } from './backups';
import { CaseFileAdapter } from './caseAdapter';
import type { WriterFs } from './durableFile';

/** Edits are written at most this long after they were made; a burst of edits becomes one write. */
export const SAVE_DELAY_MS = 250;
export const SAVE_MAX_WAIT_MS = 1000;

type DiskStamp = { mtimeMs: number; size: number; ino: number };
const stampOf = (s: Stats): DiskStamp => ({ mtimeMs: s.mtimeMs, size: s.size, ino: s.ino });
const sameStamp = (a: DiskStamp | null, b: DiskStamp | null) =>
  a?.mtimeMs === b?.mtimeMs && a?.size === b?.size && a?.ino === b?.ino;

const PRIMITIVES = new Set(['put', 'insertAt', 'remove', 'setPositions', 'setCaseFields']);
const hasPrimitive = (op: Op): boolean =>
  op.op === 'batch' ? op.ops.some(hasPrimitive) : PRIMITIVES.has(op.op) && op.op !== 'setPositions' && op.op !== 'setCaseFields';

/**
 * One open case: the back-end's copy (the truth on disk), its revision counter, and a coalescing saver.
 * Never writes over a file that changed on disk since this session last read or wrote it.
 */
export class CaseSession {
  readonly db: Low<Case>;
  revision = 0;
  private savedRevision = 0;
  private state: SaveState['state'] = 'saved';
  private message: string | undefined;
  private savedAt: string | undefined;
  private disk: DiskStamp | null = null;
  private timer: NodeJS.Timeout | undefined;
  private firstPendingAt = 0;
  private writing: Promise<void> | null = null;
  private prepared: Promise<(() => Promise<void>) | null> = Promise.resolve(null);
  private filing: Promise<void> = Promise.resolve();
  private backupProblem: string | undefined;

  constructor(
    readonly path: string,
    readonly backups: CaseBackups,
    initial: Case,
    readonly readOnly: boolean,
    readonly notice?: string,
    fsImpl?: WriterFs,
  ) {
    // The bytes on disk are linked aside while the new bytes are written (the rename waits for the link);
    // filing that link as previous.json happens after the save (see CaseBackups).
    this.db = new Low(new CaseFileAdapter(path, fsImpl, () => (this.prepared = backups.prepare(path))), initial);
    if (readOnly) this.state = 'read-only';
  }

  get case(): Case {
    return this.db.data;
  }

  /** Remember the file on disk as this session's own: `read` is the stat of the file the case was read from. */
  async rememberDisk(read?: Stats): Promise<void> {
    this.disk = read ? stampOf(read) : await fs.stat(this.path).then(stampOf, () => null);
  }

  status(): SaveState {
    return { state: this.state, revision: this.revision, savedRevision: this.savedRevision, message: this.message, savedAt: this.savedAt };
  }

  apply(ops: Op[], baseRevision: number): SaveState {
    if (this.readOnly) throw new ApiError('read-only', this.notice ?? 'this case is open read-only');
    if (baseRevision !== this.revision)
      throw new ApiError('stale', `the case changed elsewhere (revision ${this.revision}, this window has ${baseRevision}); reload it`);
    let next = this.db.data;
    try {
      for (const op of ops) next = applyOp(next, op).state;
    } catch (err) {
      if (err instanceof OpError) throw new ApiError('bad-input', `edit refused: ${err.message}`);
      throw err;
    }
    // Named operations check their own references; raw primitives from the page could break any rule.
    if (ops.some(hasPrimitive)) {
      const problems = checkInvariants(next, 1);
      if (problems.length) throw new ApiError('bad-input', `edit refused: ${problems[0]}`);
    }
    this.db.data = next;
    this.revision += ops.length;
    this.schedule();
    return this.status();
  }

  private schedule(): void {
    if (this.state === 'conflict') return;
    if (this.state !== 'error') this.state = 'pending';
    const now = Date.now();
    if (!this.timer) this.firstPendingAt = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(SAVE_DELAY_MS, this.firstPendingAt + SAVE_MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Write now if anything is unsaved; resolves when the disk has it (or the failure is recorded). */
  async flush(): Promise<SaveState> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.writing) await this.writing;
    if (this.readOnly || this.state === 'conflict' || this.savedRevision === this.revision) return this.status();
    this.writing = this.write().finally(() => (this.writing = null));
    await this.writing;
    return this.status();
  }

  private async write(force = false): Promise<void> {
    const revision = this.revision;
    const now = await fs.stat(this.path).then(stampOf, () => null);
    if (!force && this.disk && !sameStamp(now, this.disk)) {
      this.state = 'conflict';
      this.message = 'the case file was changed on disk by another program or window; choose which version to keep';
      return;
    }
    this.state = 'saving';
    await this.filing;
    try {
      this.db.data = { ...this.db.data, updatedAt: new Date().toISOString() };
      await this.db.write();
      const file = await this.prepared;
      this.backupProblem = undefined;
      this.filing = file ? file().catch((err: Error) => void (this.backupProblem = `the previous version could not be kept as a backup: ${err.message}`)) : Promise.resolve();
      this.disk = await fs.stat(this.path).then(stampOf);
      this.savedRevision = revision;
      this.savedAt = new Date().toISOString();
      this.message = this.backupProblem;
      this.state = this.savedRevision === this.revision ? 'saved' : 'pending';
      if (this.state === 'pending') this.schedule();
    } catch (err) {
      // The writer can fail before the backup link it started is done; let it finish so the next save finds a settled folder.
      await this.prepared.catch(() => null);
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EROFS' || code === 'EACCES' || code === 'EPERM' ? 'the workspace folder is not writable' : (err as Error).message;
      this.state = 'error';
      this.message = `could not save: ${why}. Your edits are kept in memory; free space or export the case elsewhere.`;
    }
  }

  /** The analyst chose to keep this window's version over the one that appeared on disk. */
  async overwrite(): Promise<SaveState> {
    while (this.writing) await this.writing;
    this.state = 'pending';
    this.writing = this.write(true).finally(() => (this.writing = null));
    await this.writing;
    // The version that was on disk is what the analyst chose against: have it filed as previous.json before answering.
    await this.filing;
    return this.status();
  }

  /** Resolves when no save and no backup filing is under way (for listing or restoring backups). */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
    await this.filing;
  }

  async close(): Promise<void> {
    await this.flush();
    clearTimeout(this.timer);
    await this.filing;
  }
}
