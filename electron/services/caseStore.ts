import { promises as fs, type Stats } from 'node:fs';
import { join } from 'node:path';
import { ApiError, type Backup, type CaseSummary, type Session } from '../../shared/api/contract';
import { createCase, createId, type Case } from '../../shared/model';
import { parseCaseFile as parseCaseText } from './caseValidator';
import { CaseBackups } from './backups';
import { CaseFileError, serializeCase } from './caseAdapter';
import { CaseLock } from './caseLock';
import { CaseSession } from './caseSession';
import { writeFileDurably } from './durableFile';
import { openWorkspace, type Workspace } from './workspace';

const slug = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/^(con|prn|aux|nul|com\d|lpt\d)$/, '$1-case') || 'case';

const exists = (p: string) => fs.access(p).then(() => true, () => false);

/** The case files of one workspace folder, and the sessions of those that are open. */
export class CaseStore {
  readonly ws: Workspace;
  private readonly sessions = new Map<string, CaseSession>();
  private readonly locks = new Map<string, CaseLock>();

  constructor(root: string) {
    this.ws = openWorkspace(root);
  }

  path(name: string): string {
    return join(this.ws.root, name);
  }

  backups(name: string): CaseBackups {
    return new CaseBackups(join(this.ws.backups, name.replace(/\.json$/, '')));
  }

  private async freeName(base: string): Promise<string> {
    for (let i = 1; ; i++) {
      const name = i === 1 ? `${base}.json` : `${base}-${i}.json`;
      if (!(await exists(this.path(name)))) return name;
    }
  }

  async list(): Promise<CaseSummary[]> {
    const files = (await fs.readdir(this.ws.root)).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
    const out = await Promise.all(files.map((name) => this.summary(name)));
    return out.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  }

  async summary(name: string): Promise<CaseSummary> {
    const path = this.path(name);
    const stat = await fs.stat(path);
    const base = { name, modifiedAt: stat.mtime.toISOString(), size: stat.size };
    const open = this.sessions.get(name);
    const result = open ? ({ ok: true, case: open.case } as const) : parseCaseText(await fs.readFile(path, 'utf8'));
    if (!result.ok) return { ...base, title: name, sources: 0, entities: 0, relations: 0, problem: result.reason };
    const c = result.case;
    return { ...base, title: c.title, sources: c.sources.length, entities: c.entities.length, relations: c.relations.length };
  }

  /** Write a new case file (never over an existing one) and open it. */
  async create(c: Case, preferredName?: string): Promise<Session> {
    const name = await this.freeName(preferredName ?? slug(c.title));
    await writeFileDurably(this.path(name), serializeCase(c));
    return this.open(name);
  }

  async createEmpty(title: string): Promise<Session> {
    return this.create(createCase(title));
  }

  async open(name: string): Promise<Session> {
    let session = this.sessions.get(name);
    if (!session) {
      const path = this.path(name);
      const { text, stats } = await this.readCaseFile(name);
      const result = parseCaseText(text);
      if (!result.ok) {
        const backups = await this.backups(name).list();
        const newest = backups.find((b) => b.valid);
        const offer = newest ? ` A valid backup from ${newest.savedAt} can be restored.` : ' No valid backup was found.';
        throw new ApiError('invalid-case', `"${name}" cannot be opened: ${result.reason}. The file was left untouched.${offer}`, { backups });
      }
      const lock = new CaseLock(this.ws.locks, name);
      const notice = (await lock.acquire()) ?? undefined;
      if (!notice) {
        this.locks.set(name, lock);
        await this.removeDeadTempFiles(name);
      }
      session = new CaseSession(path, this.backups(name), result.case, Boolean(notice), notice);
      await session.rememberDisk(stats);
      this.sessions.set(name, session);
    }
    return { name, case: session.case, revision: session.revision, readOnly: session.readOnly, notice: session.notice };
  }

  /**
   * The text of a case file and the stat of the very file it was read from (taken before reading, so a
   * program that replaces or rewrites the file afterwards shows up as a change on disk at the next save).
   * The bytes are decoded in one go: `readFile(path, 'utf8')` decodes 512 KB chunks and joins them into a
   * rope, which JSON.parse must first copy into one flat string (about 3 ms of a 3 MB open).
   */
  private async readCaseFile(name: string): Promise<{ text: string; stats: Stats }> {
    const file = await fs.open(this.path(name), 'r').catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'ENOENT' ? new ApiError('not-found', `no case file "${name}" in ${this.ws.root}`) : err;
    });
    try {
      const stats = await file.stat();
      const bytes = await file.readFile();
      return { text: bytes.toString('utf8'), stats };
    } finally {
      await file.close();
    }
  }

  /** A writer killed mid-save leaves its temp file; once the lock is ours, no live writer can own one. */
  private async removeDeadTempFiles(name: string): Promise<void> {
    const prefix = `.${name}.`;
    for (const f of await fs.readdir(this.ws.root))
      if (f.startsWith(prefix) && f.endsWith('.tmp')) await fs.unlink(join(this.ws.root, f)).catch(() => undefined);
  }

  session(name: string): CaseSession {
    const s = this.sessions.get(name);
    if (!s) throw new ApiError('not-found', `case "${name}" is not open`);
    return s;
  }

  async close(name: string): Promise<void> {
    const s = this.sessions.get(name);
    if (!s) return;
    await s.close();
    // Edits that could not be saved (full disk, read-only folder) exist only in this session: closing it would
    // drop them. It stays open instead; opening the case again shows them and the next save retries.
    const status = s.status();
    if ((status.state === 'error' || status.state === 'conflict') && status.savedRevision !== status.revision)
      throw new ApiError(
        status.state === 'conflict' ? 'conflict' : 'io',
        `"${name}": ${status.message ?? 'could not save.'} The case stays open so that the edits are not lost.`,
      );
    this.sessions.delete(name);
    await this.locks.get(name)?.release();
    this.locks.delete(name);
  }

  async reloadFromDisk(name: string): Promise<Session> {
    const s = this.sessions.get(name);
    if (s) {
      this.sessions.delete(name);
      await this.locks.get(name)?.release();
      this.locks.delete(name);
    }
    return this.open(name);
  }

  async rename(name: string, title: string): Promise<CaseSummary> {
    const s = this.sessions.get(name);
    if (s) {
      s.apply([{ op: 'renameCase', title }], s.revision);
      await s.flush();
    } else {
      const session = await this.open(name);
      this.session(name).apply([{ op: 'renameCase', title }], session.revision);
      await this.close(name);
    }
    return this.summary(name);
  }

  async duplicate(name: string): Promise<CaseSummary> {
    const source = this.sessions.get(name)?.case ?? (await this.readValid(name));
    const copy: Case = { ...source, id: createId('case'), title: `${source.title} (copy)`, updatedAt: new Date().toISOString() };
    const target = await this.freeName(slug(copy.title));
    await writeFileDurably(this.path(target), serializeCase(copy));
    return this.summary(target);
  }

  private async readValid(name: string): Promise<Case> {
    const text = await fs.readFile(this.path(name), 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'ENOENT' ? new ApiError('not-found', `no case file "${name}" in ${this.ws.root}`) : err;
    });
    const result = parseCaseText(text);
    if (!result.ok) throw new ApiError('invalid-case', `"${name}": ${result.reason}`);
    return result.case;
  }

  /** Deleting moves the file into the workspace's trash folder, from where it can be restored. */
  async trash(name: string): Promise<string> {
    await this.close(name);
    if (!(await exists(this.path(name)))) throw new ApiError('not-found', `no case file "${name}"`);
    const file = `${new Date().toISOString().replace(/[:.]/g, '-')}--${name}`;
    await fs.rename(this.path(name), join(this.ws.trash, file));
    return file;
  }

  async listTrash(): Promise<{ file: string; name: string; deletedAt: string }[]> {
    const files = await fs.readdir(this.ws.trash);
    return files
      .map((file) => ({ file, m: /^(.+?)--(.+\.json)$/.exec(file) }))
      .filter((x) => x.m)
      .map(({ file, m }) => ({ file, name: m![2]!, deletedAt: m![1]! }))
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  async restore(file: string): Promise<CaseSummary> {
    const entry = (await this.listTrash()).find((t) => t.file === file);
    if (!entry) throw new ApiError('not-found', `nothing called "${file}" in the trash`);
    const name = await this.freeName(entry.name.replace(/\.json$/, ''));
    await fs.rename(join(this.ws.trash, file), this.path(name));
    return this.summary(name);
  }

  async listBackups(name: string): Promise<Backup[]> {
    await this.sessions.get(name)?.settled();
    return this.backups(name).list();
  }

  /**
   * Put a backup in place of a case file. The current file, even a broken one, is moved aside next to it
   * (never deleted), so nothing the analyst had is lost.
   */
  async restoreBackup(name: string, file: string): Promise<Session> {
    const backups = this.backups(name);
    const entry = (await backups.list()).find((b) => b.file === file);
    if (!entry) throw new ApiError('not-found', `no backup "${file}" for "${name}"`);
    if (!entry.valid) throw new ApiError('invalid-case', `backup "${file}" is not a valid case either`);
    await this.close(name);
    const current = this.path(name);
    if (await exists(current)) await fs.rename(current, join(backups.dir, `replaced-${new Date().toISOString().replace(/[:.]/g, '-')}.broken`));
    await writeFileDurably(current, await fs.readFile(backups.path(file)));
    return this.open(name);
  }

  /** Close every case, each flushed first. Never throws: returns what could not be saved (those stay open). */
  async closeAll(): Promise<string[]> {
    const results = await Promise.allSettled([...this.sessions.keys()].map((n) => this.close(n)));
    return results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
  }
}

export { CaseFileError };
