import {
  constructTable,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  columnFilteringFeature,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { describe, expect, it } from 'vitest';
import { createKeyedFilteredRowModel, createKeyedSortedRowModel, createReusingCoreRowModel, mergeChanged, oldPositions, searchableColumn, warmUpSteps } from '../../../../renderer/src/features/tables/rowModels';
import { ascendingOrder, descendingFrom, joinedKeys, JOIN, pick } from '../../../../renderer/src/features/tables/rowOrder';

describe('row order arithmetic', () => {
  const keys = ['b', 'a', 'c', 'a', 'b', 'a'];
  const cmp = (x: number, y: number) => (keys[x] === keys[y] ? 0 : keys[x]! > keys[y]! ? 1 : -1);

  it('sorts positions ascending, ties in position order', () => {
    expect([...ascendingOrder(keys.length, cmp)]).toEqual([1, 3, 5, 0, 4, 2]);
  });

  it('derives the descending order with ties still in position order', () => {
    const asc = ascendingOrder(keys.length, cmp);
    expect([...descendingFrom(asc, cmp)]).toEqual([2, 0, 4, 1, 3, 5]);
    // The same as sorting with the negated comparator and ties broken by position.
    expect([...descendingFrom(asc, cmp)]).toEqual([...ascendingOrder(keys.length, (x, y) => -cmp(x, y))]);
    expect([...descendingFrom(new Int32Array(0), cmp)]).toEqual([]);
  });

  it('picks the kept items in order', () => {
    expect(pick([2, 0, 1], ['x', undefined, 'z'])).toEqual(['z', 'x']);
  });

  it('joins string keys only, with a separator a search cannot match across', () => {
    const joined = joinedKeys([['ab', undefined, ''], ['cd', 'ef', 'gh']], 3);
    expect(joined).toEqual([`ab${JOIN}cd`, 'ef', 'gh']);
    expect(joined[0]!.includes('bc')).toBe(false);
  });
});

type R = { id: string; name: string; type: string; status: string; count: number; notes: string | undefined; code: string; grade: number | '' };

/** A deterministic case-like data set with many ties, empty and undefined values, numbers in text. */
function rows(n: number, seed = 7): R[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const words = ['Khan', 'khan', 'Harbour', 'Amir', 'amir', 'Zara', 'Élif', 'north', 'North Front', '', 'B2', 'b10', 'b9'];
  return Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    name: `${words[Math.floor(rand() * words.length)]} ${words[Math.floor(rand() * words.length)]}`.trim(),
    type: ['person', 'organization', 'location'][Math.floor(rand() * 3)]!,
    status: rand() < 0.2 ? 'suggested' : 'accepted',
    count: Math.floor(rand() * 5),
    notes: rand() < 0.3 ? undefined : words[Math.floor(rand() * words.length)],
    code: `x${Math.floor(rand() * 30)}`,
    grade: rand() < 0.4 ? '' : Math.floor(rand() * 6) + 1,
  }));
}

const helper = createColumnHelper<any, R>();
const byLength = (a: { getValue: (id: string) => unknown }, b: { getValue: (id: string) => unknown }, id: string) => String(a.getValue(id)).length - String(b.getValue(id)).length;
const columns = [
  helper.accessor('name', { sortFn: 'text', filterFn: 'includesString' }),
  helper.accessor('type', { filterFn: 'equalsString' }),
  helper.accessor('status', { filterFn: 'equalsString' }),
  helper.accessor('count', { sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('notes', { filterFn: 'includesString', sortUndefined: 'last' }),
  helper.accessor((r) => r.notes, { id: 'notesFirst', sortFn: 'text', sortUndefined: 'first' }),
  helper.accessor((r) => r.notes, { id: 'notesLow', sortFn: 'text', sortUndefined: -1 }),
  helper.accessor('code', { sortFn: 'alphanumeric', invertSorting: true }),
  helper.accessor('grade', { sortFn: byLength, filterFn: (row, id, value: string) => String(row.getValue(id)) === value }),
];

/** `keyed`: the tables' own row models (as tableFeatures.ts registers them); otherwise TanStack's stock ones. Fresh caches each call. */
function featuresFor(keyed: boolean) {
  return tableFeatures({
    coreReactivityFeature: storeReactivityBindings(),
    ...(keyed ? { coreRowModel: createReusingCoreRowModel() } : {}),
    rowSortingFeature,
    columnFilteringFeature,
    globalFilteringFeature,
    sortedRowModel: keyed ? createKeyedSortedRowModel() : createSortedRowModel(),
    filteredRowModel: keyed ? createKeyedFilteredRowModel() : createFilteredRowModel(),
    sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
    filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
  });
}

function makeTable(keyed: boolean, data: R[], cheapSearchable = false) {
  const features = featuresFor(keyed);
  const options = { features, columns, data, getRowId: (r: R) => r.id, globalFilterFn: 'includesString' };
  if (cheapSearchable) Object.assign(options, { getColumnCanGlobalFilter: (c: any) => searchableColumn(c, data) });
  return constructTable(options as any) as any;
}

type State = { sorting?: SortingState; columnFilters?: ColumnFiltersState; globalFilter?: string };
const STATES: State[] = [
  {},
  { sorting: [{ id: 'name', desc: false }] },
  { sorting: [{ id: 'name', desc: true }] },
  { sorting: [{ id: 'count', desc: true }] },
  { sorting: [{ id: 'count', desc: false }] },
  { sorting: [{ id: 'type', desc: false }] }, // auto sort function
  { sorting: [{ id: 'notes', desc: true }] }, // sortUndefined: 'last'
  { sorting: [{ id: 'notes', desc: false }] },
  { sorting: [{ id: 'notesFirst', desc: true }] },
  { sorting: [{ id: 'notesLow', desc: false }] },
  { sorting: [{ id: 'notesLow', desc: true }] },
  { sorting: [{ id: 'name', desc: false }] }, // the default sortUndefined (1), ascending again from the cache
  { sorting: [{ id: 'code', desc: false }] }, // invertSorting, alphanumeric
  { sorting: [{ id: 'code', desc: true }] },
  { sorting: [{ id: 'grade', desc: true }] }, // a plain function, called on rows
  { sorting: [{ id: 'status', desc: false }, { id: 'count', desc: true }, { id: 'name', desc: false }] },
  { globalFilter: 'khan' },
  { globalFilter: 'Harbour' },
  { globalFilter: 'an 3' }, // matches across the name and count only if columns were joined carelessly
  { globalFilter: '3' }, // numbers are searched as text
  { globalFilter: `khan${JOIN}person` }, // the separator itself: tested column by column
  { columnFilters: [{ id: 'type', value: 'Person' }] },
  { columnFilters: [{ id: 'type', value: 'person' }, { id: 'name', value: 'AMIR' }] },
  { columnFilters: [{ id: 'notes', value: 'north' }], sorting: [{ id: 'notes', desc: false }] },
  { columnFilters: [{ id: 'grade', value: '3' }] }, // a plain filter function
  { columnFilters: [{ id: 'status', value: 'suggested' }], globalFilter: 'a', sorting: [{ id: 'name', desc: true }] },
  { globalFilter: 'zara', sorting: [{ id: 'count', desc: true }] },
];

const ids = (t: any) => t.getRowModel().rows.map((r: { id: string }) => r.id);
function apply(t: any, s: State) {
  t.setSorting(s.sorting ?? []);
  t.setColumnFilters(s.columnFilters ?? []);
  t.setGlobalFilter(s.globalFilter ?? '');
}

describe('keyed row models', () => {
  const data = rows(600);

  it('give exactly the rows and order of TanStack’s own row models', () => {
    const stock = makeTable(false, data);
    const keyed = makeTable(true, data);
    const cheap = makeTable(true, data, true);
    // Twice over, so the second pass answers from the cached keys and orders.
    for (const pass of [1, 2])
      for (const s of STATES) {
        apply(stock, s);
        apply(keyed, s);
        apply(cheap, s);
        expect(ids(keyed), `${JSON.stringify(s)} (pass ${pass})`).toEqual(ids(stock));
        expect(ids(cheap), `${JSON.stringify(s)} (pass ${pass}, searchableColumn)`).toEqual(ids(stock));
      }
    // Sanity: the states do sort and filter (a test where both sides return the data unchanged would prove nothing).
    apply(stock, { globalFilter: 'khan', sorting: [{ id: 'name', desc: false }] });
    expect(ids(stock).length).toBeGreaterThan(0);
    expect(ids(stock).length).toBeLessThan(data.length);
    expect(ids(stock)).not.toEqual(data.filter((r) => r.name.toLowerCase().includes('khan')).map((r) => r.id));
  });

  it('search the columns TanStack would search, without building cells', () => {
    const data = [{ id: 'a', n: null, s: 'x', k: 3, b: true }, { id: 'b', n: 'late', s: 'y', k: 4, b: false }];
    expect(searchableColumn({ id: 'n', accessorFn: (r: any) => r.n }, data)).toBe(true);
    expect(searchableColumn({ id: 'k', accessorFn: (r: any) => r.k }, data)).toBe(true);
    expect(searchableColumn({ id: 'b', accessorFn: (r: any) => r.b }, data)).toBe(false);
    expect(searchableColumn({ id: 'select' }, data)).toBe(false);
    expect(searchableColumn({ id: 'none', accessorFn: () => undefined }, data)).toBe(false);
  });

  it('keep the core row objects (no new rows or cells per keystroke) and reuse the cached order', () => {
    const t = makeTable(true, data);
    const core = new Set(t.getCoreRowModel().rows);
    apply(t, { sorting: [{ id: 'name', desc: false }], globalFilter: 'amir' });
    const first = t.getRowModel().rows;
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((r: unknown) => core.has(r))).toBe(true);
    // Sorting by name again after another search gives the same relative order of the rows both kept.
    apply(t, { sorting: [{ id: 'name', desc: false }], globalFilter: 'amir a' });
    const second = t.getRowModel().rows;
    const inFirst = new Set(first);
    expect(second.every((r: unknown) => inFirst.has(r))).toBe(true);
    expect(second).toEqual(first.filter((r: unknown) => second.includes(r)));
    expect(t.getRow('r5', true).id).toBe('r5');
  });

  it('warm up: after the idle steps, the first search and sorts read no row values again', () => {
    let reads = 0;
    const counted = [
      helper.accessor((r) => (reads++, r.name), { id: 'name', sortFn: 'text' }),
      helper.accessor((r) => (reads++, r.count), { id: 'count', sortFn: 'basic' }),
    ];
    const features = featuresFor(true);
    const t: any = constructTable({ features, columns: counted, data, getRowId: (r: R) => r.id, globalFilterFn: 'includesString', getColumnCanGlobalFilter: (c: any) => searchableColumn(c, data) } as any);
    const steps = warmUpSteps(t);
    expect(steps.length).toBe(2 + 1 + 2); // keys of 2 searchable columns, their joined strings, 2 column orders
    steps.forEach((step) => step());
    reads = 0;
    for (const s of [{ globalFilter: 'khan' }, { sorting: [{ id: 'name', desc: true }] }, { sorting: [{ id: 'count', desc: false }], globalFilter: '3' }]) {
      apply(t, s);
      expect(ids(t).length).toBeGreaterThan(0);
    }
    // Only the first row's values, read to decide which columns the search looks into (not 600 rows' worth).
    expect(reads).toBeLessThanOrEqual(6);
  });

  it('warm up a big table in chunks, with the same results as computing on demand', () => {
    const big = rows(30_000, 3);
    const warmed = makeTable(true, big, true);
    const cold = makeTable(true, big, true);
    const steps = warmUpSteps(warmed);
    // 9 searchable columns × 3 chunks of keys, 3 chunks of joined strings; no column orders above 25,000 rows.
    expect(steps.length).toBe(9 * 3 + 3);
    steps.forEach((step) => step());
    for (const s of [{ globalFilter: 'khan' }, { globalFilter: 'north f' }, { sorting: [{ id: 'name', desc: true }], globalFilter: '2' }]) {
      apply(warmed, s);
      apply(cold, s);
      expect(ids(warmed)).toEqual(ids(cold));
    }
    expect(ids(warmed).length).toBeGreaterThan(0);
  });

  it('follow a data change (a new case or an edit)', () => {
    const t = makeTable(true, data);
    apply(t, { sorting: [{ id: 'name', desc: false }] });
    const before = ids(t);
    // The first row by name gets a name after every other ('\uffff' sorts after any letter).
    const edited = data.map((r, i) => (i === Number(before[0]!.slice(1)) ? { ...r, name: '\uffff last' } : r));
    t.setOptions((o: object) => ({ ...o, data: edited }));
    expect(ids(t).at(-1)).toBe(before[0]);
    expect(ids(t).slice(0, -1)).toEqual(before.slice(1));
    const stock = makeTable(false, edited);
    apply(stock, { sorting: [{ id: 'name', desc: false }] });
    expect(ids(t)).toEqual(ids(stock));
  });
});

describe('after an edit (a new data array, unchanged records kept as the same objects)', () => {
  const data = rows(600, 11);
  /** Each step changes the data as an op would: records replaced, inserted, removed; the rest are the same objects. */
  const EDITS: [string, (d: R[]) => R[]][] = [
    ['one record renamed', (d) => d.map((r, i) => (i === 17 ? { ...r, name: 'Khan Zara' } : r))],
    ['several records changed', (d) => d.map((r, i) => (i % 97 === 3 ? { ...r, name: 'amir', count: 4, notes: undefined, grade: 2 } : r))],
    ['a record inserted', (d) => [...d.slice(0, 40), { ...d[40]!, id: 'new1', name: 'b9 Harbour' }, ...d.slice(40)]],
    ['records removed', (d) => d.filter((_, i) => i !== 0 && i !== 300)],
    ['a record appended and one changed', (d) => [...d.map((r, i) => (i === 5 ? { ...r, code: 'x0' } : r)), { ...d[9]!, id: 'new2' }]],
    ['nothing changed but the array', (d) => [...d]],
  ];

  it('give exactly the rows and order of TanStack’s own row models, from the carried-over caches', () => {
    const keyed = makeTable(true, data, true);
    // Every state once on the data before the edits, so keys, search strings and orders are cached.
    for (const s of STATES) apply(keyed, s);
    warmUpSteps(keyed).forEach((step) => step());
    let current = data;
    for (const [label, edit] of EDITS) {
      current = edit(current);
      keyed.setOptions((o: object) => ({ ...o, data: current }));
      const stock = makeTable(false, current);
      for (const s of STATES) {
        apply(keyed, s);
        apply(stock, s);
        expect(ids(keyed), `${label}: ${JSON.stringify(s)}`).toEqual(ids(stock));
      }
    }
  });

  it('keep the row objects of unchanged records and make new ones for changed records only', () => {
    const t = makeTable(true, data, true);
    apply(t, { sorting: [{ id: 'name', desc: false }] });
    const before = t.getCoreRowModel().rows;
    const edited = data.map((r, i) => (i === 17 ? { ...r, name: 'zzz' } : r));
    t.setOptions((o: object) => ({ ...o, data: edited }));
    const after = t.getCoreRowModel().rows;
    expect(after).not.toBe(before);
    expect(after[17]).not.toBe(before[17]);
    expect(after[17].original).toBe(edited[17]);
    expect(after.filter((r: unknown, i: number) => i !== 17 && r !== before[i])).toEqual([]);
    expect(t.getRow(data[17]!.id).original.name).toBe('zzz');
    // A removed record shifts the rows after it: those are new row objects (their index changed), the rows before are kept.
    const removed = edited.filter((_, i) => i !== 100);
    t.setOptions((o: object) => ({ ...o, data: removed }));
    const shifted = t.getCoreRowModel().rows;
    expect(shifted.slice(0, 100).every((r: unknown, i: number) => r === after[i])).toBe(true);
    expect(shifted[100].index).toBe(100);
    expect(shifted[100].original).toBe(edited[101]);
  });

  it('read the values of the changed records only (keys, search strings and orders are carried over)', () => {
    const reads = new Map<string, number>();
    const read = (r: R) => reads.set(r.id, (reads.get(r.id) ?? 0) + 1);
    const counted = [
      helper.accessor((r) => (read(r), r.name), { id: 'name', sortFn: 'text' }),
      helper.accessor((r) => (read(r), r.count), { id: 'count', sortFn: 'basic' }),
    ];
    const features = featuresFor(true);
    let current = data;
    const t: any = constructTable({ features, columns: counted, data, getRowId: (r: R) => r.id, globalFilterFn: 'includesString', getColumnCanGlobalFilter: (c: any) => searchableColumn(c, current) } as any);
    warmUpSteps(t).forEach((step) => step());
    apply(t, { sorting: [{ id: 'name', desc: true }], globalFilter: 'khan' });
    current = data.map((r, i) => (i === 250 ? { ...r, name: 'Khan Amir' } : r));
    t.setOptions((o: object) => ({ ...o, data: current }));
    reads.clear();
    for (const s of [{ sorting: [{ id: 'name', desc: true }], globalFilter: 'khan' }, { sorting: [{ id: 'count', desc: false }] }, { globalFilter: 'amir', sorting: [{ id: 'name', desc: false }] }]) {
      apply(t, s);
      expect(ids(t).length).toBeGreaterThan(0);
    }
    expect(ids(t)).toContain(current[250]!.id);
    // The changed record's two columns, and the first record's, read to decide which columns the search looks into.
    const others = [...reads.keys()].filter((id) => id !== current[250]!.id && id !== current[0]!.id);
    expect(others).toEqual([]);
    expect(reads.get(current[250]!.id)).toBeGreaterThan(0);
  });

  it('map old positions to new ones by data object, and refuse reordered rows', () => {
    const a = { x: 1 };
    const b = { x: 2 };
    const c = { x: 3 };
    const model = (...xs: object[]) => ({ rows: xs.map((original, index) => ({ original, index })) }) as any;
    expect([...oldPositions(model(a, { x: 9 }, c), model(a, b, c))!]).toEqual([0, -1, 2]);
    expect([...oldPositions(model(a, c), model(a, b, c))!]).toEqual([0, 2]);
    expect([...oldPositions(model(a, { x: 0 }, b, c), model(a, b, c))!]).toEqual([0, -1, 1, 2]);
    // b before a: an order carried over would break ties by the old positions.
    expect(oldPositions(model(b, a, c, { x: 0 }), model(a, b, c))).toBeUndefined();
  });

  it('merge changed positions into an order as a full sort would place them', () => {
    const keys = ['d', 'b', 'a', 'b', 'c', 'a', 'e', 'b'];
    const cmp = (x: number, y: number) => (keys[x] === keys[y] ? 0 : keys[x]! > keys[y]! ? 1 : -1);
    const oldKeys = ['d', 'b', 'z', 'b', 'c', 'a', 'e'];
    const oldOrder = Int32Array.from([...oldKeys.keys()].sort((x, y) => (oldKeys[x] === oldKeys[y] ? x - y : oldKeys[x]! > oldKeys[y]! ? 1 : -1)));
    // Position 2 changed ('z' → 'a'), position 7 is new; the others kept their positions.
    const toNew = Int32Array.from([0, 1, -1, 3, 4, 5, 6]);
    const merged = mergeChanged(oldOrder, toNew, [2, 7], cmp);
    expect([...merged]).toEqual([...ascendingOrder(keys.length, cmp)]);
  });
});
