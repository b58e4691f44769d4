import { expand } from './expand';
import { OpError, type Collection, type Op, type PrimitiveOp } from './ops';
import type { Case, Position } from './schema';

type AnyRecord = { id: string };

function applyPrimitive(state: Case, p: PrimitiveOp): { state: Case; inverse: PrimitiveOp[] } {
  switch (p.op) {
    case 'put': {
      const list = [...(state[p.collection] as AnyRecord[])];
      const index = new Map(list.map((r, i) => [r.id, i]));
      const restore: AnyRecord[] = [];
      const created: string[] = [];
      for (const item of p.items) {
        const at = index.get(item.id);
        if (at === undefined) {
          index.set(item.id, list.length);
          list.push(item);
          created.push(item.id);
        } else {
          restore.push(list[at]!);
          list[at] = item;
        }
      }
      const inverse: PrimitiveOp[] = [];
      if (created.length) inverse.push({ op: 'remove', collection: p.collection, ids: created });
      if (restore.length) inverse.push({ op: 'put', collection: p.collection, items: restore as never });
      return { state: { ...state, [p.collection]: list }, inverse };
    }
    case 'insertAt': {
      const list = [...(state[p.collection] as AnyRecord[])];
      const sorted = [...p.items].sort((a, b) => a.index - b.index);
      for (const { index, item } of sorted) list.splice(Math.min(index, list.length), 0, item);
      return {
        state: { ...state, [p.collection]: list },
        inverse: [{ op: 'remove', collection: p.collection, ids: sorted.map((s) => s.item.id) }],
      };
    }
    case 'remove': {
      const ids = new Set(p.ids);
      const removed: { index: number; item: AnyRecord }[] = [];
      const kept: AnyRecord[] = [];
      (state[p.collection] as AnyRecord[]).forEach((item, index) => {
        if (ids.has(item.id)) removed.push({ index, item });
        else kept.push(item);
      });
      return {
        state: { ...state, [p.collection]: kept },
        inverse: removed.length ? [{ op: 'insertAt', collection: p.collection, items: removed as never }] : [],
      };
    }
    case 'setPositions': {
      const positions = { ...state.layout.positions };
      const previous: Record<string, Position | null> = {};
      for (const [id, pos] of Object.entries(p.positions)) {
        previous[id] = positions[id] ?? null;
        if (pos) positions[id] = pos;
        else delete positions[id];
      }
      return { state: { ...state, layout: { ...state.layout, positions } }, inverse: [{ op: 'setPositions', positions: previous }] };
    }
    case 'setCaseFields': {
      const next: Record<string, unknown> = { ...state };
      const previous: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(p.fields)) {
        previous[key] = (state as Record<string, unknown>)[key] ?? null;
        if (value === null || value === undefined) delete next[key];
        else next[key] = value;
      }
      return { state: next as Case, inverse: [{ op: 'setCaseFields', fields: previous }] };
    }
  }
}

export type Applied = { state: Case; inverse: Op };

/**
 * The one reducer: both the renderer and the back-end apply edits with it. Returns the new state and the
 * operation that exactly undoes this one. Throws OpError when the edit does not fit the case.
 */
export function applyOp(state: Case, op: Op): Applied {
  let current = state;
  const inverses: PrimitiveOp[][] = [];
  const run = (prims: PrimitiveOp[]) => {
    for (const p of prims) {
      const r = applyPrimitive(current, p);
      current = r.state;
      inverses.push(r.inverse);
    }
  };
  if (op.op === 'batch') {
    const nested: Op[] = [];
    for (const child of op.ops) {
      const r = applyOp(current, child);
      current = r.state;
      nested.push(r.inverse);
    }
    return { state: current, inverse: { op: 'batch', ops: nested.reverse(), label: op.label } };
  }
  run(expand(current, op));
  return { state: current, inverse: { op: 'batch', ops: inverses.reverse().flat() } };
}

export function applyOps(state: Case, ops: Op[]): Case {
  return ops.reduce((s, op) => applyOp(s, op).state, state);
}

export { OpError };
export type { Collection };
