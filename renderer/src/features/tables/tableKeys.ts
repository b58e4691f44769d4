import { filterFn_includesString, sortFn_text, type Row } from '@tanstack/react-table';

/**
 * Lower-cased cell text, computed once per row object and column, not once per comparison: sorting 20,000
 * rows by name compares ~300,000 pairs, and a search tests every row's every column on each keystroke.
 * Row objects are memoised per case change, so the keys live exactly as long as the rows they belong to.
 */
const sortKeys = new WeakMap<object, Record<string, string>>();
const filterKeys = new WeakMap<object, Record<string, string | undefined>>();

function cached<V>(cache: WeakMap<object, Record<string, V>>, row: Row<any, any>, columnId: string, make: (v: unknown) => V): V {
  const original = row.original as object;
  let k = cache.get(original);
  if (!k) cache.set(original, (k = {}));
  if (columnId in k) return k[columnId]!;
  return (k[columnId] = make(row.getValue(columnId)));
}

const sortKey = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
const filterKey = (v: unknown) => (v == null ? undefined : String(v).toLowerCase());

/** TanStack's `text` sort (lower-cased, compared with < and >) on precomputed keys. */
export const sortText = Object.assign(
  (rowA: Row<any, any>, rowB: Row<any, any>, columnId: string): number => {
    const a = cached(sortKeys, rowA, columnId, sortKey);
    const b = cached(sortKeys, rowB, columnId, sortKey);
    return a === b ? 0 : a > b ? 1 : -1;
  },
  { resolveDataValue: sortFn_text.resolveDataValue, sort: sortFn_text.sort },
);

/** TanStack's `includesString` filter (lower-cased substring) on precomputed keys. */
export const includesText = Object.assign(
  (row: Row<any, any>, columnId: string, filterValue: string): boolean => Boolean(cached(filterKeys, row, columnId, filterKey)?.includes(filterValue)),
  { autoRemove: filterFn_includesString.autoRemove, resolveFilterValue: filterFn_includesString.resolveFilterValue, resolveDataValue: filterFn_includesString.resolveDataValue, filter: filterFn_includesString.filter },
);
