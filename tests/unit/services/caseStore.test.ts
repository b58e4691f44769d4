import { promises as fs, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/contract';
import { createId, parseCaseText, type Op } from '../../../shared/model';
import { CaseStore } from '../../../electron/services/caseStore';
import { useTempHome } from '../helpers/tempHome';

const addEntity = (name: string): Op => ({ op: 'addEntity', entity: { id: createId('ent'), name, type: 'person', aliases: [], status: 'accepted' } });
const onDisk = (store: CaseStore, name: string) => parseCaseText(readFileSync(store.path(name), 'utf8'));

describe('case store', () => {
  const tempHome = useTempHome();

  it('creates, lists, renames, duplicates, trashes and restores cases', async () => {
    const store = new CaseStore(tempHome());
    const s = await store.createEmpty('Istanbul talks');
    expect(s.name).toBe('istanbul-talks.json');
    store.session(s.name).apply([addEntity('Tarar')], 0);
    await store.close(s.name);
    expect((await store.list()).map((c) => [c.title, c.entities])).toEqual([['Istanbul talks', 1]]);
    expect((await store.rename(s.name, 'Talks, round 2')).title).toBe('Talks, round 2');
    const copy = await store.duplicate(s.name);
    expect(copy.title).toBe('Talks, round 2 (copy)');
    const trashed = await store.trash(s.name);
    expect((await store.list()).map((c) => c.name)).toEqual([copy.name]);
    expect((await store.listTrash())[0]!.file).toBe(trashed);
    const restored = await store.restore(trashed);
    expect(restored.name).toBe('istanbul-talks.json');
    expect(restored.entities).toBe(1);
  });

  it('an edit reaches the disk within a second, coalescing bursts into few writes', async () => {
    const store = new CaseStore(tempHome());
    const s = await store.createEmpty('Fast');
    const session = store.session(s.name);
    const started = Date.now();
    for (let i = 0; i < 20; i++) session.apply([addEntity(`Person ${i}`)], i);
    while (session.status().state !== 'saved') await new Promise((r) => setTimeout(r, 20));
    expect(Date.now() - started).toBeLessThan(1000);
    const disk = onDisk(store, s.name);
    expect(disk.ok && disk.case.entities.length).toBe(20);
    await store.closeAll();
  });

  it('keeps the previous good version as a backup', async () => {
    const store = new CaseStore(tempHome());
    const s = await store.createEmpty('Backed up');
    store.session(s.name).apply([addEntity('First')], 0);
    await store.session(s.name).flush();
    store.session(s.name).apply([addEntity('Second')], 1);
    await store.session(s.name).flush();
    const backups = await store.listBackups(s.name);
    expect(backups.every((b) => b.valid)).toBe(true);
    const previous = parseCaseText(readFileSync(join(store.backups(s.name).dir, 'previous.json'), 'utf8'));
    expect(previous.ok && previous.case.entities.map((e) => e.name)).toEqual(['First']);
    await store.closeAll();
  });

  it('refuses to open an invalid file, leaves it byte-for-byte untouched, and offers a valid backup', async () => {
    const store = new CaseStore(tempHome());
    const s = await store.createEmpty('Broken later');
    store.session(s.name).apply([addEntity('Kept')], 0);
    await store.session(s.name).flush();
    store.session(s.name).apply([addEntity('Also kept')], 1);
    await store.closeAll();
    const good = readFileSync(store.path(s.name), 'utf8');
    const broken = good.slice(0, 200);
    writeFileSync(store.path(s.name), broken);
    const err = await store.open(s.name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('invalid-case');
    expect((err as ApiError).message).toMatch(/not valid JSON.*truncated.*left untouched.*valid backup/s);
    expect(readFileSync(store.path(s.name), 'utf8')).toBe(broken);
    const backup = (await store.listBackups(s.name)).find((b) => b.valid)!;
    const restored = await store.restoreBackup(s.name, backup.file);
    expect(restored.case.entities.map((e) => e.name)).toEqual(['Kept']);
    const kept = (await fs.readdir(store.backups(s.name).dir)).filter((f) => f.endsWith('.broken'));
    expect(readFileSync(join(store.backups(s.name).dir, kept[0]!), 'utf8')).toBe(broken);
    await store.closeAll();
  });

  it('refuses a case from a newer version of the app', async () => {
    const store = new CaseStore(tempHome());
    const s = await store.createEmpty('Future');
    await store.closeAll();
    const text = readFileSync(store.path(s.name), 'utf8').replace(/"version": \d+/, '"version": 99');
    writeFileSync(store.path(s.name), text);
    await expect(store.open(s.name)).rejects.toThrow(/version 99 is newer than this app understands/);
    expect(readFileSync(store.path(s.name), 'utf8')).toBe(text);
  });

  it('does not overwrite a file that another program changed on disk', async () => {
    const store = new CaseStore(tempHome());
    const s = await store.createEmpty('Shared');
    const theirs = readFileSync(store.path(s.name), 'utf8').replace('"title": "Shared"', '"title": "Changed elsewhere"');
    writeFileSync(store.path(s.name), theirs);
    utimesSync(store.path(s.name), new Date(), new Date(Date.now() + 5000));
    store.session(s.name).apply([addEntity('Mine')], 0);
    const status = await store.session(s.name).flush();
    expect(status.state).toBe('conflict');
    expect(readFileSync(store.path(s.name), 'utf8')).toBe(theirs);
    // The analyst chooses to keep this window's version; the other one is kept as a backup.
    expect((await store.session(s.name).overwrite()).state).toBe('saved');
    const disk = onDisk(store, s.name);
    expect(disk.ok && disk.case.entities[0]!.name).toBe('Mine');
    expect(readFileSync(join(store.backups(s.name).dir, 'previous.json'), 'utf8')).toBe(theirs);
    await store.closeAll();
  });

  it('does not drop unsaved edits when a case in conflict is closed', async () => {
    const store = new CaseStore(tempHome());
    const s = await store.createEmpty('Closing in conflict');
    writeFileSync(store.path(s.name), readFileSync(store.path(s.name), 'utf8').replace('Closing in conflict', 'Theirs'));
    utimesSync(store.path(s.name), new Date(), new Date(Date.now() + 5000));
    store.session(s.name).apply([addEntity('Mine')], 0);
    await expect(store.close(s.name)).rejects.toThrow(/changed on disk.*stays open/);
    expect(store.session(s.name).case.entities.map((e) => e.name)).toEqual(['Mine']);
  });

  it('never names a case file after a Windows device', async () => {
    const store = new CaseStore(tempHome());
    expect((await store.createEmpty('CON')).name).toBe('con-case.json');
    await store.closeAll();
  });

  it('opens a case read-only when another live process holds its lock', async () => {
    const home = tempHome();
    const first = new CaseStore(home);
    const s = await first.createEmpty('Locked');
    const lockPath = join(home, '.locks', `${s.name}.lock`);
    const mine = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number; host: string };
    // Pretend the lock belongs to another live process (our parent) on this host.
    writeFileSync(lockPath, JSON.stringify({ ...mine, pid: process.ppid }));
    const second = new CaseStore(home);
    const view = await second.open(s.name);
    expect(view.readOnly).toBe(true);
    expect(view.notice).toMatch(/open in another Caseboard window/);
    expect(() => second.session(s.name).apply([addEntity('x')], 0)).toThrow(/another Caseboard window/);
  });

  it('takes over a lock left behind by a dead process', async () => {
    const home = tempHome();
    const store = new CaseStore(home);
    const s = await store.createEmpty('Stale lock');
    await store.closeAll();
    writeFileSync(join(home, '.locks', `${s.name}.lock`), JSON.stringify({ pid: 2 ** 22 + 7, host: (await import('node:os')).hostname(), since: 'x' }));
    expect((await store.open(s.name)).readOnly).toBe(false);
    await store.closeAll();
  });

  it('refuses stale and invalid edits without changing anything', async () => {
    const store = new CaseStore(tempHome());
    const s = await store.createEmpty('Guarded');
    const session = store.session(s.name);
    expect(() => session.apply([addEntity('A')], 5)).toThrow(/changed elsewhere/);
    expect(() => session.apply([{ op: 'deleteEntities', ids: ['nope'] }], 0)).toThrow(/edit refused: no entity "nope"/);
    expect(() => session.apply([{ op: 'remove', collection: 'sources', ids: [] }, { op: 'put', collection: 'mentions', items: [{ id: 'm', entityId: 'x', sourceId: 'y', start: 0, end: 1, status: 'accepted' }] }], 0)).toThrow(/edit refused/);
    expect(session.case.mentions).toEqual([]);
    await store.closeAll();
  });
});
