import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import { ApiError } from '../../../shared/api/contract';
import { basename, dirname } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createId, parseCaseText, type Op } from '../../../shared/model';
import { CaseSession } from '../../../electron/services/caseSession';
import { CaseStore } from '../../../electron/services/caseStore';
import { writeFileDurably, type WriterFs } from '../../../electron/services/durableFile';
import { useTempHome } from '../helpers/tempHome';

// A full disk, a failing disk and a read-only workspace, simulated under the writer (tests run as root, so
// chmod would not stop a write): the save fails with a message naming the cause, the file on disk stays as
// it was, the edits stay in memory, no temp file is left, and once the fault is gone the next save works.

type Code = 'ENOSPC' | 'EIO' | 'EROFS' | 'EACCES' | 'EPERM' | 'EDQUOT';
type Where = 'open' | 'write' | 'sync' | 'close' | 'rename';
const SYSCALL: Record<Where, string> = { open: 'open', write: 'write', sync: 'fsync', close: 'close', rename: 'rename' };
const TEXT: Record<Code, string> = {
  ENOSPC: 'no space left on device',
  EIO: 'i/o error',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EDQUOT: 'disk quota exceeded',
};
const errno = (code: Code, where: Where, path: string) =>
  Object.assign(new Error(`${code}: ${TEXT[code]}, ${SYSCALL[where]} '${path}'`), { code, syscall: SYSCALL[where], path });

/** The real file system with one fault that can be switched on and off; a failing write first writes part of its bytes, as a full disk does. */
function faultyFs() {
  const state = { fault: null as null | { code: Code; where: Where }, temps: [] as string[], failures: 0 };
  const fail = (where: Where, path: string) => {
    if (state.fault?.where !== where) return;
    state.failures++;
    throw errno(state.fault.code, where, path);
  };
  const impl: WriterFs = {
    open: (async (path: string, flags: number, mode?: number) => {
      fail('open', path);
      state.temps.push(path);
      const handle = await fs.open(path, flags, mode);
      return new Proxy(handle, {
        get(target, prop) {
          if (prop === 'writeFile' || prop === 'writev')
            return async (data: string | Uint8Array | Uint8Array[]) => {
              if (state.fault?.where === 'write') {
                const first = Array.isArray(data) ? (data[0] ?? new Uint8Array()) : Buffer.from(data);
                await target.write(first.subarray(0, Math.ceil(first.byteLength / 2)));
                fail('write', path);
              }
              return prop === 'writev' ? target.writev(data as Uint8Array[]) : target.writeFile(data as string);
            };
          if (prop === 'sync') return async () => (fail('sync', path), target.sync());
          if (prop === 'close') return async () => {
            await target.close();
            fail('close', path);
          };
          const value = Reflect.get(target, prop) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }) as WriterFs['open'],
    rename: (async (from: string, to: string) => {
      fail('rename', to);
      return fs.rename(from, to);
    }) as WriterFs['rename'],
    unlink: fs.unlink,
  };
  return { state, impl };
}

const addEntity = (name: string): Op => ({ op: 'addEntity', entity: { id: createId('ent'), name, type: 'person', aliases: [], status: 'accepted' } });
const tempFilesBeside = (path: string) => readdirSync(dirname(path)).filter((f) => f.startsWith(`.${basename(path)}.`) && f.endsWith('.tmp'));
const namesOnDisk = (path: string) => {
  const r = parseCaseText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`the file on disk is not a valid case: ${r.reason}`);
  return r.case.entities.map((e) => e.name);
};

describe('faults under the case writer', () => {
  const tempHome = useTempHome();
  const sessions: CaseSession[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.close().catch(() => undefined);
    vi.restoreAllMocks();
  });

  /** A saved case with one entity, then a session on it whose writer goes through the faulty file system. */
  async function setup() {
    const store = new CaseStore(tempHome());
    const created = await store.createEmpty('Faults');
    store.session(created.name).apply([addEntity('Saved before the fault')], 0);
    await store.close(created.name);
    const path = store.path(created.name);
    const parsed = parseCaseText(readFileSync(path, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    const disk = faultyFs();
    const session = new CaseSession(path, store.backups(created.name), parsed.case, false, undefined, disk.impl);
    await session.rememberDisk();
    sessions.push(session);
    return { store, path, session, disk, before: readFileSync(path) };
  }

  const cases: [Code, Where, RegExp][] = [
    ['ENOSPC', 'write', /the disk is full/],
    ['ENOSPC', 'open', /the disk is full/],
    ['ENOSPC', 'sync', /the disk is full/],
    ['ENOSPC', 'close', /the disk is full/],
    ['EDQUOT', 'write', /disk quota exceeded/],
    ['EIO', 'write', /EIO: i\/o error/],
    ['EIO', 'sync', /EIO: i\/o error/],
    ['EIO', 'rename', /EIO: i\/o error/],
    ['EROFS', 'open', /the workspace folder is not writable/],
    ['EROFS', 'rename', /the workspace folder is not writable/],
    ['EACCES', 'open', /the workspace folder is not writable/],
    ['EPERM', 'rename', /the workspace folder is not writable/],
  ];

  it.each(cases)('%s at %s: error shown, file intact, edits kept in memory, no temp file; saved once the fault is gone', async (code, where, cause) => {
    const { path, session, disk, before } = await setup();
    disk.state.fault = { code, where };

    session.apply([addEntity('Edit during the fault')], 0);
    const failed = await session.flush();
    expect(disk.state.failures).toBeGreaterThan(0);
    expect(failed.state).toBe('error');
    expect(failed.message).toMatch(cause);
    expect(failed.message).toMatch(/edits are kept in memory/);
    expect(failed.savedRevision).toBe(0);
    expect(failed.revision).toBe(1);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(namesOnDisk(path)).toEqual(['Saved before the fault']);
    expect(session.case.entities.map((e) => e.name)).toEqual(['Saved before the fault', 'Edit during the fault']);
    expect(tempFilesBeside(path)).toEqual([]);
    if (where !== 'open') expect(disk.state.temps.length).toBeGreaterThan(0); // a temp file was made, and removed

    // More edits while the disk is still failing: still an error, still in memory, still nothing on disk.
    session.apply([addEntity('Second edit during the fault')], 1);
    expect(session.status().state).toBe('error');
    expect((await session.flush()).state).toBe('error');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(tempFilesBeside(path)).toEqual([]);

    disk.state.fault = null;
    const saved = await session.flush();
    expect(saved).toMatchObject({ state: 'saved', revision: 2, savedRevision: 2, message: undefined });
    expect(namesOnDisk(path)).toEqual(['Saved before the fault', 'Edit during the fault', 'Second edit during the fault']);
    expect(tempFilesBeside(path)).toEqual([]);
  });

  it('the scheduled save (no explicit flush) records the failure the same way', async () => {
    const { path, session, disk, before } = await setup();
    disk.state.fault = { code: 'ENOSPC', where: 'write' };
    session.apply([addEntity('Edit')], 0);
    for (let i = 0; i < 100 && session.status().state !== 'error'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(session.status()).toMatchObject({ state: 'error', message: expect.stringMatching(/disk is full/) });
    expect(readFileSync(path).equals(before)).toBe(true);
    disk.state.fault = null;
    session.apply([addEntity('After')], 1);
    for (let i = 0; i < 100 && session.status().state !== 'saved'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(namesOnDisk(path)).toEqual(['Saved before the fault', 'Edit', 'After']);
  });

  it('writeFileDurably itself: a failure anywhere leaves the target untouched and no temp file', async () => {
    const dir = tempHome();
    const target = `${dir}/file.json`;
    await writeFileDurably(target, 'old');
    for (const where of ['open', 'write', 'sync', 'close', 'rename'] as Where[]) {
      const disk = faultyFs();
      disk.state.fault = { code: 'EIO', where };
      await expect(writeFileDurably(target, [Buffer.from('new '), Buffer.from('bytes')], disk.impl), where).rejects.toMatchObject({ code: 'EIO' });
      await expect(writeFileDurably(target, 'new bytes', disk.impl), where).rejects.toMatchObject({ code: 'EIO' });
      expect(readFileSync(target, 'utf8'), where).toBe('old');
      expect(readdirSync(dir), where).toEqual(['file.json']);
    }
  });

  it('writeFileDurably replaces the target only after the work it must wait for (a backup), and not at all if that fails', async () => {
    const dir = tempHome();
    const target = `${dir}/file.json`;
    await writeFileDurably(target, 'old');
    const order: string[] = [];
    const slowBackup = new Promise<void>((r) => setTimeout(() => r(void order.push(`backup saw ${readFileSync(target, 'utf8')}`)), 30));
    await writeFileDurably(target, 'new', undefined, slowBackup);
    order.push(`after ${readFileSync(target, 'utf8')}`);
    expect(order).toEqual(['backup saw old', 'after new']);

    const failing = new Promise<void>((_, reject) => setTimeout(() => reject(errno('ENOSPC', 'write', `${dir}/previous.json`)), 5));
    await expect(writeFileDurably(target, 'newer', undefined, failing)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['file.json']);
  });

  it('a save whose backup cannot be made leaves the case file as it was and keeps the edits', async () => {
    const store = new CaseStore(tempHome());
    const { name } = await store.createEmpty('Backup fails');
    const session = store.session(name);
    session.apply([addEntity('Saved first')], 0);
    expect((await session.flush()).state).toBe('saved');
    const before = readFileSync(session.path);
    const link = vi.spyOn(fs, 'link').mockRejectedValue(errno('EIO', 'write', 'previous.json'));
    const copy = vi.spyOn(fs, 'copyFile').mockRejectedValue(errno('EIO', 'write', 'previous.json'));
    session.apply([addEntity('Not yet on disk')], 1);
    expect((await session.flush()).state).toBe('error');
    expect(readFileSync(session.path).equals(before)).toBe(true);
    expect(readdirSync(dirname(session.path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    link.mockRestore();
    copy.mockRestore();
    expect((await session.flush()).state).toBe('saved');
    expect(namesOnDisk(session.path)).toEqual(['Saved first', 'Not yet on disk']);
  });

  /** Make the real file system (which the store's writer and lock use) fail for matching paths. */
  function failRealFs(method: 'open' | 'writeFile', code: Code, matches: (path: string) => boolean) {
    const original = fs[method] as (...args: unknown[]) => Promise<unknown>;
    const fault = { on: true };
    vi.spyOn(fs, method).mockImplementation((async (...args: unknown[]) => {
      const path = String(args[0]);
      if (fault.on && matches(path)) throw errno(code, method === 'open' ? 'open' : 'write', path);
      return original.apply(fs, args);
    }) as never);
    return fault;
  }

  it('closing a case whose edits could not be saved keeps it open with the edits, and says so', async () => {
    const store = new CaseStore(tempHome());
    const { name } = await store.createEmpty('Unsaved');
    const fault = failRealFs('open', 'ENOSPC', (p) => p.endsWith('.tmp') && p.includes(name));
    store.session(name).apply([addEntity('Only in memory')], 0);
    expect((await store.session(name).flush()).state).toBe('error');

    const err = await store.close(name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'io', message: expect.stringMatching(/disk is full.*stays open/s) });
    expect(store.session(name).case.entities.map((e) => e.name)).toEqual(['Only in memory']);
    // Opening it again (as the page does after navigating away) shows the edits.
    expect((await store.open(name)).case.entities.map((e) => e.name)).toEqual(['Only in memory']);
    // closeAll (quitting) does not throw; it reports what could not be saved.
    expect(await store.closeAll()).toEqual([expect.stringMatching(/unsaved\.json.*disk is full.*stays open/s)]);

    fault.on = false;
    await store.close(name);
    expect(() => store.session(name)).toThrow(/not open/);
    expect(namesOnDisk(store.path(name))).toEqual(['Only in memory']);
  });

  it('a read-only workspace opens its cases read-only with a notice naming the cause', async () => {
    const store = new CaseStore(tempHome());
    const { name } = await store.createEmpty('On a read-only disk');
    await store.close(name);
    for (const code of ['EROFS', 'EACCES'] as Code[]) {
      const fault = failRealFs('writeFile', code, (p) => p.endsWith('.lock'));
      const session = await store.open(name);
      expect(session.readOnly).toBe(true);
      expect(session.notice).toMatch(/not writable/);
      await expect(Promise.resolve().then(() => store.session(name).apply([addEntity('x')], 0))).rejects.toMatchObject({ code: 'read-only' });
      await store.close(name);
      fault.on = false;
      vi.restoreAllMocks();
    }
    // Writable again: opens normally.
    expect((await store.open(name)).readOnly).toBe(false);
    await store.closeAll();
  });
});
