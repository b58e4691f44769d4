import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCase, type Op } from '../../../shared/model';

const calls: { method: string; input: any }[] = [];
let revision = 0;
vi.mock('../../../renderer/src/api/client', () => ({
  api: new Proxy(
    {},
    {
      get: (_t, method: string) => async (input: any) => {
        calls.push({ method, input });
        if (method === 'applyOps') {
          revision += 1;
          return { state: 'saved', revision, savedRevision: revision };
        }
        return { state: 'saved', revision, savedRevision: revision };
      },
    },
  ),
}));

const store = await import('../../../renderer/src/store/workbench');

function open() {
  const c = createCase('t', '2025-01-01T00:00:00.000Z');
  c.sources.push({ id: 'src_1', title: 's', text: 'Pakistan and TTP', origin: {}, addedAt: 'now' });
  store.openWorkbench({ name: 't.json', case: c, revision: 0, readOnly: false });
}

const addEntity = (id: string, name: string): Op => ({ op: 'addEntity', entity: { id, name, type: 'country', aliases: [], status: 'accepted' } });

describe('workbench store', () => {
  beforeEach(() => {
    calls.length = 0;
    revision = 0;
    open();
  });

  it('applies an edit at once and undoes and redoes it exactly', () => {
    expect(store.dispatch(addEntity('ent_a', 'Pakistan'))).toBe(true);
    expect(store.getWorkbench().case.entities.map((e) => e.name)).toEqual(['Pakistan']);
    store.undo();
    expect(store.getWorkbench().case.entities).toEqual([]);
    store.redo();
    expect(store.getWorkbench().case.entities.map((e) => e.name)).toEqual(['Pakistan']);
    expect(store.getWorkbench().past.map((h) => h.label)).toEqual(['New entity']);
  });

  it('undoes a merge back to two entities with their mentions', () => {
    store.dispatch({
      op: 'addEntity',
      entity: { id: 'ent_a', name: 'TTP', type: 'organization', aliases: [], status: 'accepted' },
      mentions: [{ id: 'men_1', entityId: 'ent_a', sourceId: 'src_1', start: 13, end: 16, status: 'accepted' }],
    });
    store.dispatch(addEntity('ent_b', 'Tehreek-e-Taliban Pakistan'));
    const before = store.getWorkbench().case;
    store.dispatch({ op: 'mergeEntities', targetId: 'ent_a', sourceIds: ['ent_b'] });
    expect(store.getWorkbench().case.entities).toHaveLength(1);
    store.undo();
    expect(store.getWorkbench().case.entities).toEqual(before.entities);
    expect(store.getWorkbench().case.mentions).toEqual(before.mentions);
  });

  it('refuses an edit that does not fit the case, without touching history', () => {
    expect(store.dispatch({ op: 'deleteEntities', ids: ['nope'] })).toBe(false);
    expect(store.getWorkbench().past).toHaveLength(0);
    expect(store.getWorkbench().toast?.message).toMatch(/no entity/);
  });

  it('sends queued edits in order, batched, with the revision each answer returned', async () => {
    store.dispatch(addEntity('ent_a', 'A'));
    store.dispatch(addEntity('ent_b', 'B'));
    await store.currentSync()!.whenIdle();
    store.undo();
    await store.currentSync()!.whenIdle();
    const sent = calls.filter((c) => c.method === 'applyOps');
    expect(sent.map((c) => c.input.baseRevision)).toEqual([0, 1]);
    expect(sent[0]!.input.ops.map((o: Op) => o.op)).toEqual(['addEntity', 'addEntity']);
    expect(sent[1]!.input.ops[0].op).toBe('batch');
    expect(store.getWorkbench().save.state).toBe('saved');
  });

  it('keeps list identity when a selection does not change', () => {
    store.dispatch(addEntity('ent_a', 'A'));
    store.select({ entities: ['ent_a'] });
    const first = store.getWorkbench().selection;
    store.select({ entities: ['ent_a'] });
    expect(store.getWorkbench().selection).toBe(first);
    store.dispatch({ op: 'deleteEntities', ids: ['ent_a'] });
    expect(store.getWorkbench().selection.entities).toEqual([]);
  });
});
