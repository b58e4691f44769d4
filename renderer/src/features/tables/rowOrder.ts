/**
 * Orders and subsets of row positions, the arithmetic under the tables' sort and filter (rowModels.ts).
 * Rows are named by their position in the case's row array; nothing here knows about TanStack or React.
 */

/** Compares two row positions; ties must return 0. */
export type PositionCompare = (a: number, b: number) => number;

/**
 * Positions 0..n-1 in ascending order of `compare`, ties in position order (a stable sort, as TanStack's
 * row model does it: it breaks every tie by the row's index).
 */
export function ascendingOrder(n: number, compare: PositionCompare): Int32Array {
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // A plain array of small integers sorts faster in V8 than a typed array with a comparator.
  order.sort((a, b) => compare(a, b) || a - b);
  return Int32Array.from(order);
}

/**
 * The descending order from the ascending one without sorting again: runs of equal rows are taken from the
 * end, each run kept in position order. This is what sorting with the negated comparator and ties broken by
 * position gives (TanStack's `desc`), in one pass.
 */
export function descendingFrom(ascending: Int32Array, compare: PositionCompare): Int32Array {
  const out = new Int32Array(ascending.length);
  let w = 0;
  let end = ascending.length;
  while (end > 0) {
    let start = end - 1;
    while (start > 0 && compare(ascending[start - 1]!, ascending[end - 1]!) === 0) start--;
    for (let i = start; i < end; i++) out[w++] = ascending[i]!;
    end = start;
  }
  return out;
}

/** The items of `byPosition` that exist (filtered in), in the given order of positions. */
export function pick<T>(order: ArrayLike<number>, byPosition: readonly (T | undefined)[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < order.length; i++) {
    const item = byPosition[order[i]!];
    if (item !== undefined) out.push(item);
  }
  return out;
}

/**
 * The searchable text of each row in one string, so a search is one `includes` per row instead of one per
 * column: the lower-cased keys of the row's columns joined by a character nobody types (a query containing
 * it must be tested column by column, see `canSearchJoined`).
 */
export const JOIN = '\u0000';

export function joinedKeys(columns: readonly (readonly unknown[])[], n: number, from = 0, to = n, out = new Array<string>(n)): string[] {
  for (let i = from; i < to; i++) {
    let s = '';
    for (const keys of columns) {
      const k = keys[i];
      if (typeof k === 'string') s = s ? s + JOIN + k : k;
    }
    out[i] = s;
  }
  return out;
}

export const canSearchJoined = (query: string) => !query.includes(JOIN);
