import {
  constructRow,
  createCoreRowModel,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  makeObjectMap,
  skipFirstRun,
  sortFn_basic,
  sortFn_text,
  tableMemo,
  type Row,
  type RowModel,
} from '@tanstack/react-table';
import { ascendingOrder, canSearchJoined, descendingFrom, joinedKeys, pick, type PositionCompare } from './rowOrder';

/**
 * TanStack's filtered and sorted row models, computed over keys precomputed once per case.
 *
 * TanStack keeps the columns, headers, sorting/filter state, selection and the row objects; these two
 * factories replace only `createFilteredRowModel` and `createSortedRowModel`, which on 20,000 rows cost
 * hundreds of milliseconds per click or keystroke: they call `row.getValue` and the sort function's
 * resolver on every one of ~300,000 comparisons, build a new row object (and new cells) for every row that
 * passes a filter, and sort the filtered rows again on each keystroke.
 *
 * Here, for each core row model (one per case change: `data` is memoised on the case arrays):
 * - each column's resolved value (`sortFn.resolveDataValue` / `filterFn.resolveDataValue`, e.g. the
 *   lower-cased text) is computed once per row, into an array indexed by the row's position;
 * - the order of all rows for a sorting state is computed once and cached; the other direction of the same
 *   column is derived from it in one pass (descendingFrom);
 * - a filter is one pass over the positions, keeping the core row objects themselves (no new rows, no
 *   new cells); the search tests one joined string per row (joinedKeys) instead of one per column;
 * - the sorted rows are the cached order restricted to the rows the filter kept, one pass.
 *
 * Semantics are TanStack's own: sort and filter functions made with `constructSortFn`/`constructFilterFn`
 * (all the built-ins) are applied through their `sort`/`filter` and resolvers; any other function is
 * called on the rows as TanStack would. Rows with sub-rows (not used here) fall back to the stock models.
 */

type AnyRow = Row<any, any>;
type Model = RowModel<any, any>;
/** The parts of a TanStack table these models read (typed loosely: the tables' feature sets differ). */
type AnyTable = any;
type SortFnLike = ((a: AnyRow, b: AnyRow, columnId: string) => number) & { sort?: (a: any, b: any) => number; resolveDataValue?: (v: unknown) => unknown };
type FilterFnLike = ((row: AnyRow, columnId: string, value: any, addMeta: (meta: unknown) => void) => boolean) & {
  filter?: (dataValue: any, filterValue: any, row: AnyRow, columnId: string, addMeta: (meta: unknown) => void) => boolean;
  resolveDataValue?: (v: unknown) => unknown;
  resolveFilterValue?: (v: unknown) => unknown;
};

const noMeta = () => {};
const identity = (v: unknown) => v;

type Resolver = (v: unknown) => unknown;

/**
 * Everything computed for one core row model; dropped with it, or carried over to the next core model of
 * the same table for the rows whose data object did not change (inheritCaches).
 */
type CoreCache = {
  /** Column id → resolver → the resolved value of each row, by position. */
  keys: Map<string, Map<Resolver, unknown[]>>;
  /** The column of each id in `keys` (to compute the keys of changed rows). */
  columns: Map<string, ColumnLike>;
  /** Sorting signature → order of all positions, and the sorting it is (to place changed rows). */
  orders: Map<string, { order: Int32Array; entries: Entry[] }>;
  /** Globally searchable column ids, joined → one lower-cased string per row, and what it joins. */
  joined: Map<string, { strings: string[]; columns: ColumnLike[]; resolve: Resolver }>;
};
const caches = new WeakMap<Model, CoreCache>();

function cacheOf(core: Model): CoreCache {
  let c = caches.get(core);
  if (!c) caches.set(core, (c = { keys: new Map(), columns: new Map(), orders: new Map(), joined: new Map() }));
  return c;
}

/** The part of a TanStack column read here. */
type ColumnLike = { id: string; accessorFn?: (original: any, index: number) => unknown };

/**
 * The resolved value of a column for every core row, computed once per core model. Values come from the
 * column's accessor on the original row, as `row.getValue` does, without filling each row's value cache
 * (20,000 rows × every searchable column).
 */
export function keysOf(core: Model, column: ColumnLike, resolve: (v: unknown) => unknown = identity): unknown[] {
  const byResolver = keyCacheOf(core, column);
  let keys = byResolver.get(resolve);
  if (!keys) byResolver.set(resolve, (keys = fillKeys(core, column, resolve, 0, core.rows.length, new Array(core.rows.length))));
  return keys;
}

function keyCacheOf(core: Model, column: ColumnLike) {
  const cache = cacheOf(core);
  let byResolver = cache.keys.get(column.id);
  if (!byResolver) {
    cache.keys.set(column.id, (byResolver = new Map()));
    cache.columns.set(column.id, column);
  }
  return byResolver;
}

function fillKeys(core: Model, column: ColumnLike, resolve: (v: unknown) => unknown, from: number, to: number, keys: unknown[]): unknown[] {
  const rows = core.rows;
  const access = column.accessorFn;
  if (access) for (let i = from; i < to; i++) keys[i] = resolve(access(rows[i]!.original, rows[i]!.index));
  else for (let i = from; i < to; i++) keys[i] = resolve(rows[i]!.getValue(column.id));
  return keys;
}

/** Our positions are indexes into `core.rows`; that holds only for a flat table (no sub-rows). */
const isFlat = (core: Model) => core.flatRows.length === core.rows.length;

// ---------------------------------------------------------------- filtering

/** A test of one row position against one column filter (or the search over one column). */
function columnTest(core: Model, column: ColumnLike, fn: FilterFnLike, value: unknown): (i: number) => boolean {
  const rows = core.rows;
  const id = column.id;
  if (typeof fn.filter === 'function') {
    const keys = keysOf(core, column, fn.resolveDataValue);
    const filter = fn.filter;
    return (i) => filter(keys[i], value, rows[i]!, id, noMeta);
  }
  return (i) => fn(rows[i]!, id, value, noMeta);
}

/** The search box: a row is kept when any globally searchable column matches. */
function searchTest(core: Model, columns: ColumnLike[], fn: FilterFnLike, value: unknown): (i: number) => boolean {
  if (fn === (filterFn_includesString as unknown) && typeof value === 'string' && canSearchJoined(value)) {
    const hay = joinedOf(core, columns, fn);
    return (i) => hay[i]!.includes(value);
  }
  const tests = columns.map((c) => columnTest(core, c, fn, value));
  return (i) => tests.some((t) => t(i));
}
const JOIN_IDS = '\u0001';

/** The searchable columns' keys of each row joined in one string, once per core model. */
function joinedOf(core: Model, columns: ColumnLike[], fn: FilterFnLike): string[] {
  const cache = cacheOf(core).joined;
  const sig = columns.map((c) => c.id).join(JOIN_IDS);
  let joined = cache.get(sig);
  if (!joined) {
    const resolve = fn.resolveDataValue ?? identity;
    cache.set(sig, (joined = { strings: joinedKeys(columns.map((c) => keysOf(core, c, resolve)), core.rows.length), columns, resolve }));
  }
  return joined.strings;
}

/**
 * Idle steps that compute `make`'s result for rows [0, n) a chunk at a time into `out`, then `done(out)`;
 * each step first checks `ready()`, since a search or sort in between may have computed it already.
 */
function chunked<T>(n: number, ready: () => boolean, fill: (from: number, to: number, out: T[]) => void, done: (out: T[]) => void): (() => void)[] {
  const steps: (() => void)[] = [];
  let out: T[] | undefined;
  for (let from = 0; from < n; from += WARM_CHUNK) {
    const to = Math.min(n, from + WARM_CHUNK);
    steps.push(() => {
      if (ready()) return;
      out ??= new Array<T>(n);
      fill(from, to, out);
      if (to === n) done(out);
    });
  }
  return steps;
}
/** Rows per idle step: a few milliseconds of work each. */
const WARM_CHUNK = 10_000;
/** Above this many rows a column's order is not computed ahead (one sort is one step, ~100-200 ms at 50,000 rows here). */
const WARM_ORDERS_UP_TO = 25_000;

function filterModel(table: AnyTable, stock: () => Model): Model {
  const core: Model = table.getPreFilteredRowModel();
  const columnFilters: { id: string; value: unknown }[] = table.atoms.columnFilters?.get() ?? [];
  const search: unknown = table.atoms.globalFilter?.get();
  const searching = search !== undefined && search !== null && search !== '';
  if (!core.rows.length || (!columnFilters.length && !searching)) return core;
  if (!isFlat(core)) return stock();

  const tests: ((i: number) => boolean)[] = [];
  for (const f of columnFilters) {
    const column = table.getColumn(f.id);
    const fn: FilterFnLike | undefined = column?.getFilterFn();
    if (!fn) continue; // TanStack ignores a filter without a function too
    tests.push(columnTest(core, column, fn, fn.resolveFilterValue ? fn.resolveFilterValue(f.value) : f.value));
  }
  if (searching) {
    const fn: FilterFnLike | undefined = table.getGlobalFilterFn?.();
    const columns: ColumnLike[] = fn ? table.getAllLeafColumns().filter((c: { getCanGlobalFilter: () => boolean }) => c.getCanGlobalFilter()) : [];
    if (fn && columns.length) tests.push(searchTest(core, columns, fn, fn.resolveFilterValue ? fn.resolveFilterValue(search) : search));
  }
  if (!tests.length) return core;

  const rows: AnyRow[] = [];
  const n = core.rows.length;
  if (tests.length === 1) {
    const test = tests[0]!;
    for (let i = 0; i < n; i++) if (test(i)) rows.push(core.rows[i]!);
  } else {
    outer: for (let i = 0; i < n; i++) {
      for (const test of tests) if (!test(i)) continue outer;
      rows.push(core.rows[i]!);
    }
  }
  return subset(rows);
}

/** A row model of core rows; `rowsById` (read only by `table.getRow`) is built when first asked for. */
function subset(rows: AnyRow[]): Model {
  return withLazyIds({ rows, flatRows: rows } as unknown as Model);
}

// ---------------------------------------------------------------- sorting

type Entry = { id: string; column: ColumnLike; desc: boolean; invert: boolean; sortUndefined: false | 'first' | 'last' | -1 | 1 | undefined; fn: SortFnLike };

/** A number per sort function, so that a column's order is cached per function it was sorted with. */
const fnIds = new WeakMap<object, number>();
let lastFnId = 0;
const fnId = (f: object) => {
  let id = fnIds.get(f);
  if (id === undefined) fnIds.set(f, (id = ++lastFnId));
  return id;
};

/** `sortUndefined: 'first' | 'last'` puts undefined values first or last in both directions, so a descending order is not the ascending one turned round. */
const fixedUndefined = (e: Entry) => e.sortUndefined === 'first' || e.sortUndefined === 'last';

/**
 * Compares two positions by one column, ascending: TanStack's `sortFn(rowA, rowB)`, with a numeric
 * `sortUndefined` (the default is 1: undefined after every value) applied before it as TanStack does.
 */
function columnCompare(core: Model, e: Entry): PositionCompare {
  const rows = core.rows;
  let cmp: PositionCompare;
  if (e.fn === (sortFn_text as unknown) || e.fn === (sortFn_basic as unknown)) {
    // Their `sort` is TanStack's compareBasic; inlined, as it runs ~300,000 times on a cold sort of 20,000 rows.
    const keys = keysOf(core, e.column, e.fn.resolveDataValue) as (string | number)[];
    cmp = (a, b) => {
      const x = keys[a]!;
      const y = keys[b]!;
      return x === y ? 0 : x > y ? 1 : -1;
    };
  } else if (typeof e.fn.sort === 'function') {
    const keys = keysOf(core, e.column, e.fn.resolveDataValue);
    const sort = e.fn.sort;
    cmp = (a, b) => sort(keys[a], keys[b]);
  } else {
    const fn = e.fn;
    cmp = (a, b) => fn(rows[a]!, rows[b]!, e.id);
  }
  if (typeof e.sortUndefined !== 'number' || !e.sortUndefined) return cmp;
  const raw = keysOf(core, e.column);
  const u = e.sortUndefined;
  const base = cmp;
  return (a, b) => {
    const ua = raw[a] === undefined;
    const ub = raw[b] === undefined;
    if (ua || ub) return ua && ub ? 0 : ua ? u : -u;
    return base(a, b);
  };
}

/** The full comparator of TanStack's sorted row model (several columns, sortUndefined, desc, invertSorting). */
function fullCompare(core: Model, entries: Entry[]): PositionCompare {
  const parts = entries.map((e) => ({ e, cmp: columnCompare(core, e), raw: fixedUndefined(e) ? keysOf(core, e.column) : undefined }));
  return (a, b) => {
    for (const { e, cmp, raw } of parts) {
      if (raw) {
        const ua = raw[a] === undefined;
        const ub = raw[b] === undefined;
        if (ua && ub) continue;
        if (ua || ub) return (e.sortUndefined === 'first') === ua ? -1 : 1;
      }
      let s = cmp(a, b);
      if (s !== 0) {
        if (e.desc) s = -s;
        if (e.invert) s = -s;
        return s;
      }
    }
    return 0;
  };
}

/** The order of every core row for these sorting entries, cached per core model. */
export function orderOf(core: Model, entries: Entry[]): Int32Array {
  const orders = cacheOf(core).orders;
  const sig = (e: Entry, desc: boolean) => `${e.id}\u0001${fnId(e.fn)}\u0001${String(e.sortUndefined)}\u0001${desc !== e.invert ? 'd' : 'a'}`;
  const key = entries.map((e) => sig(e, e.desc)).join('\u0002');
  const hit = orders.get(key);
  if (hit) return hit.order;
  let order: Int32Array;
  const single = entries.length === 1 && !fixedUndefined(entries[0]!) ? entries[0]! : undefined;
  if (single) {
    // One column: sort ascending once; the other direction is the same runs taken from the end.
    const cmp = columnCompare(core, single);
    const ascKey = sig(single, single.invert);
    let asc = orders.get(ascKey)?.order;
    // Ascending is the column's own order: `desc` equal to `invert` (fullCompare negates for each).
    if (!asc) orders.set(ascKey, { order: (asc = ascendingOrder(core.rows.length, cmp)), entries: [{ ...single, desc: single.invert }] });
    order = single.desc !== single.invert ? descendingFrom(asc, cmp) : asc;
  } else {
    order = ascendingOrder(core.rows.length, fullCompare(core, entries));
  }
  orders.set(key, { order, entries });
  return order;
}

type SortableColumn = ColumnLike & { columnDef: { invertSorting?: boolean; sortUndefined?: Entry['sortUndefined'] }; getSortFn: () => SortFnLike };
const entryOf = (column: SortableColumn, desc: boolean): Entry => ({
  id: column.id,
  column,
  desc,
  invert: Boolean(column.columnDef.invertSorting),
  sortUndefined: column.columnDef.sortUndefined,
  fn: column.getSortFn(),
});

function sortModel(table: AnyTable, stock: () => Model): Model {
  const pre: Model = table.getPreSortedRowModel();
  const sorting: { id: string; desc: boolean }[] | undefined = table.atoms.sorting?.get();
  if (!pre.rows.length || !sorting?.length) return pre;
  const entries: Entry[] = [];
  for (const s of sorting) {
    const column = table.getColumn(s.id);
    if (column && column.getCanSort()) entries.push(entryOf(column, Boolean(s.desc)));
  }
  if (!entries.length) return pre;
  const core: Model = table.getCoreRowModel();
  if (!isFlat(core) || !isFlat(pre)) return stock();
  const order = orderOf(core, entries);
  // The rows the filter kept, by position; the cached order restricted to them.
  const kept: (AnyRow | undefined)[] = pre === core ? core.rows : new Array(core.rows.length);
  if (pre !== core) for (const r of pre.rows) kept[r.index] = r;
  const rows = pick(order, kept);
  // The same rows as `pre`: its ids, read only if asked for (a lazy getter on core and filtered models).
  return Object.defineProperty({ rows, flatRows: rows } as unknown as Model, 'rowsById', { enumerable: true, get: () => pre.rowsById });
}

// ---------------------------------------------------------------- warming up

/**
 * The work the first search and the first sort of each column would do, in small steps to run while the
 * page is idle after a case change (useCaseTable): the searchable columns' keys and their joined strings,
 * 10,000 rows per step, then, for tables of up to 25,000 rows, the order of each sortable column (both
 * directions come from it; one column per step, ~10-70 ms on 20,000 rows here). The results land in the
 * same caches the row models read.
 */
export function warmUpSteps(table: AnyTable): (() => void)[] {
  const core: Model = table.getCoreRowModel();
  if (!core.rows.length || !isFlat(core)) return [];
  const steps: (() => void)[] = [];
  const columns: (SortableColumn & { getCanGlobalFilter: () => boolean; getCanSort: () => boolean })[] = table.getAllLeafColumns();
  const fn: FilterFnLike | undefined = table.getGlobalFilterFn?.();
  const n = core.rows.length;
  if (fn) {
    const searchable = columns.filter((c) => c.getCanGlobalFilter());
    const resolve = fn.resolveDataValue ?? identity;
    for (const c of searchable) {
      const cache = keyCacheOf(core, c);
      steps.push(...chunked<unknown>(n, () => cache.has(resolve), (from, to, out) => fillKeys(core, c, resolve, from, to, out), (out) => cache.set(resolve, out)));
    }
    if (fn === (filterFn_includesString as unknown) && searchable.length) {
      const joined = cacheOf(core).joined;
      const sig = searchable.map((c) => c.id).join(JOIN_IDS);
      steps.push(
        ...chunked<string>(
          n,
          () => joined.has(sig),
          (from, to, out) => joinedKeys(searchable.map((c) => keysOf(core, c, resolve)), n, from, to, out),
          (out) => joined.set(sig, { strings: out, columns: searchable, resolve }),
        ),
      );
    }
  }
  if (n <= WARM_ORDERS_UP_TO) for (const c of columns) if (c.getCanSort()) steps.push(() => void orderOf(core, [entryOf(c, false)]));
  return steps;
}

// ---------------------------------------------------------------- after a case change

/**
 * For each position of `core`, the position in `old` of the row with the same data object, or -1 for a row
 * whose data object is new (a changed or added record: rows.ts keeps the others as the same objects).
 * Undefined when the rows that stayed are not in their old relative order (ties of a sort are broken by
 * position, so an order could not be carried over) or a data object appears twice.
 */
export function oldPositions(core: Model, old: Model): Int32Array | undefined {
  const rows = core.rows;
  const before = old.rows;
  const n = rows.length;
  const toOld = new Int32Array(n).fill(-1);
  if (n === before.length) {
    for (let i = 0; i < n; i++) if (rows[i]!.original === before[i]!.original) toOld[i] = i;
    // Same length and no reordering: positions stay; a record replaced in place is the only change.
    return toOld;
  }
  const where = new Map<unknown, number>();
  for (let j = 0; j < before.length; j++) where.set(before[j]!.original, j);
  let last = -1;
  for (let i = 0; i < n; i++) {
    const j = where.get(rows[i]!.original);
    if (j === undefined) continue;
    if (j <= last) return undefined;
    toOld[i] = last = j;
  }
  return toOld;
}

/**
 * Carries the keys, search strings and orders computed for the previous core row model `old` over to `core`,
 * the next one of the same table after a case change: the rows whose data object is the same keep their
 * values, only the others are computed, and each cached order gets the changed rows merged into it (one pass)
 * instead of a sort of all rows. An edit in a case of 20,000 entities / 50,000 links then costs the table
 * work in proportion to what it changed. Accessors must read the data object only (TanStack passes the index
 * too; a column whose accessor takes it is not carried over).
 */
export function inheritCaches(core: Model, old: Model): void {
  const from = caches.get(old);
  if (!from || caches.has(core) || !isFlat(core) || !isFlat(old)) return;
  const toOld = oldPositions(core, old);
  if (!toOld) return;
  const n = core.rows.length;
  const changed: number[] = [];
  for (let i = 0; i < n; i++) if (toOld[i]! < 0) changed.push(i);
  // Same length: every row that stayed is at its old position (oldPositions), so arrays are copied as they are.
  const inPlace = n === old.rows.length;
  const carry = <T>(values: readonly T[]): T[] => {
    if (inPlace) return values.slice();
    const next = new Array<T>(n);
    for (let i = 0; i < n; i++) {
      const j = toOld[i]!;
      if (j >= 0) next[i] = values[j]!;
    }
    return next;
  };
  const to = cacheOf(core);

  for (const [id, byResolver] of from.keys) {
    const column = from.columns.get(id)!;
    if (column.accessorFn && column.accessorFn.length > 1) continue;
    const mine = keyCacheOf(core, column);
    for (const [resolve, keys] of byResolver) {
      const next = carry(keys);
      for (const i of changed) fillKeys(core, column, resolve, i, i + 1, next);
      mine.set(resolve, next);
    }
  }

  for (const [sig, joined] of from.joined) {
    if (!joined.columns.every((c) => to.columns.has(c.id))) continue;
    const strings = carry(joined.strings);
    if (changed.length) {
      const keys = joined.columns.map((c) => keysOf(core, c, joined.resolve));
      for (const i of changed) joinedKeys(keys, n, i, i + 1, strings);
    }
    to.joined.set(sig, { ...joined, strings });
  }

  if (!from.orders.size) return;
  const toNew = new Int32Array(old.rows.length).fill(-1);
  for (let i = 0; i < n; i++) if (toOld[i]! >= 0) toNew[toOld[i]!] = i;
  for (const [sig, { order, entries }] of from.orders) {
    if (!entries.every((e) => to.columns.has(e.id) || !e.column.accessorFn)) continue;
    // Nothing changed but the array (an edit elsewhere in the case): the order is the same.
    const next = inPlace && !changed.length ? order : mergeChanged(order, toNew, changed, fullCompare(core, entries));
    to.orders.set(sig, { order: next, entries });
  }
}

/**
 * An order of the old positions, mapped to the new ones (rows gone are dropped), with the `changed` new
 * positions merged in where `compare` (ties by position, as every cached order has them) puts them.
 */
export function mergeChanged(order: Int32Array, toNew: Int32Array, changed: readonly number[], compare: PositionCompare): Int32Array {
  const total: PositionCompare = (a, b) => compare(a, b) || a - b;
  const adds = [...changed].sort(total);
  let kept = 0;
  for (let i = 0; i < toNew.length; i++) if (toNew[i]! >= 0) kept++;
  const out = new Int32Array(kept + adds.length);
  let w = 0;
  let a = 0;
  for (let i = 0; i < order.length; i++) {
    const q = toNew[order[i]!]!;
    if (q < 0) continue;
    while (a < adds.length && total(adds[a]!, q) < 0) out[w++] = adds[a++]!;
    out[w++] = q;
  }
  while (a < adds.length) out[w++] = adds[a++]!;
  return out;
}

/**
 * TanStack's core row model, keeping the row object of every record whose data object and position are
 * the same as in the previous one (a TanStack row is its data object, its position and caches derived from
 * them), and carrying the sort/filter caches over (inheritCaches). Stock `createCoreRowModel` builds 20,000
 * new row objects on every case edit, and the caches of the filtered and sorted models start empty.
 */
function coreModel(table: AnyTable, data: readonly unknown[], last: Model | undefined): Model {
  const rows: AnyRow[] = new Array(data.length);
  const before = last?.rows ?? [];
  for (let i = 0; i < data.length; i++) {
    const original = data[i];
    const prev = before[i];
    // The row at the same position, for the same data object, has the same id (getRowId reads the data).
    rows[i] = prev && prev.original === original ? prev : (constructRow(table, table.getRowId(original, i), original as any, i, 0, undefined, undefined) as AnyRow);
  }
  return withLazyIds({ rows, flatRows: rows } as unknown as Model);
}

/**
 * Adds `rowsById` to a flat row model as a getter that builds it when first read (by `table.getRow` or the
 * selection's row models): a dictionary of 50,000 ids costs tens of milliseconds and most edits never read it.
 */
function withLazyIds(model: Model): Model {
  let byId: Record<string, AnyRow> | undefined;
  return Object.defineProperty(model, 'rowsById', {
    enumerable: true,
    get() {
      if (!byId) {
        byId = makeObjectMap<AnyRow>();
        for (const r of model.rows) byId[r.id] = r;
      }
      return byId;
    },
  });
}

// ---------------------------------------------------------------- factories

/**
 * TanStack's default test of whether the search box looks into a column (its first non-null value is a
 * string or a number), read from the data with the column's accessor. The default builds the cells of
 * every row while it looks, and for a column without an accessor (the selection checkboxes) it looks
 * through all 20,000 rows on every keystroke, building 160,000 cells the first time.
 */
export function searchableColumn(column: ColumnLike, data: readonly unknown[]): boolean {
  const access = column.accessorFn;
  if (!access) return false;
  for (let i = 0; i < data.length; i++) {
    const v = access(data[i], i);
    if (v != null) return typeof v === 'string' || typeof v === 'number';
  }
  return false;
}

/** Drop-in for `createFilteredRowModel()` in a `tableFeatures` registry. */
export function createKeyedFilteredRowModel() {
  return (table: AnyTable): (() => Model) => {
    const stock = createFilteredRowModel()(table);
    return tableMemo({
      feature: 'columnFilteringFeature',
      table,
      fnName: 'table.getFilteredRowModel',
      memoDeps: () => [table.getPreFilteredRowModel(), table.atoms.columnFilters?.get(), table.atoms.globalFilter?.get()],
      fn: () => filterModel(table, stock),
    }) as () => Model;
  };
}

/** Drop-in for `createSortedRowModel()` in a `tableFeatures` registry. */
export function createKeyedSortedRowModel() {
  return (table: AnyTable): (() => Model) => {
    const stock = createSortedRowModel()(table);
    return tableMemo({
      feature: 'rowSortingFeature',
      table,
      fnName: 'table.getSortedRowModel',
      memoDeps: () => [table.atoms.sorting?.get(), table.getPreSortedRowModel()],
      fn: () => sortModel(table, stock),
    }) as () => Model;
  };
}

/**
 * Drop-in for `createCoreRowModel()` (the `coreRowModel` of a `tableFeatures` registry): the same row
 * model, reusing the previous one's row objects and caches for unchanged records (coreModel). Tables with
 * sub-rows use the stock model.
 */
export function createReusingCoreRowModel() {
  return (table: AnyTable): (() => Model) => {
    const stock = createCoreRowModel()(table) as () => Model;
    let last: Model | undefined;
    return tableMemo({
      feature: 'coreRowModelsFeature',
      table,
      fnName: 'table.getCoreRowModel',
      memoDeps: () => [table.options.data],
      fn: () => {
        if (table.options.getSubRows) return (last = undefined), stock();
        const next = coreModel(table, table.options.data, last);
        if (last) inheritCaches(next, last);
        return (last = next);
      },
      // As the stock model: a data change resets what the registered features reset on one.
      onAfterUpdate: skipFirstRun(() => {
        table.autoResetExpanded?.();
        table.autoResetPageIndex?.();
        table.autoResetSorting?.();
        table.autoResetCellSelection?.();
      }),
    }) as () => Model;
  };
}
