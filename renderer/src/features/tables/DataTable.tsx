import type { ReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Features } from './tableFeatures';

const ROW_H = 28;
const rowHeight = () => ROW_H;

type Props<T extends { id: string }> = {
  table: ReactTable<Features, T, unknown>;
  label: string;
  columns: string;
  minWidth: number;
  selected: ReadonlySet<string>;
  focusId: string | undefined;
  onRowClick: (id: string, e: React.MouseEvent | React.KeyboardEvent, orderedIds: () => string[]) => void;
  empty: string;
  /** Per-column filter controls, shown as a second header row when given. */
  filterFor?: (columnId: string) => React.ReactNode;
};

/**
 * A table whose body is virtualised: only the rows in view (plus a few) are in the DOM, so tens of
 * thousands of rows scroll smoothly. Explicit ARIA roles keep table semantics on the grid layout.
 */
export function DataTable<T extends { id: string }>({ table, label, columns, minWidth, selected, focusId, onRowClick, empty, filterFor }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  // Rows have a fixed height, so the virtualiser's items are keyed by index (its default): a sort keeps the
  // count and the key function, and does not make it lay out 20,000 items again. React keys are the row ids.
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    overscan: 8,
  });
  const ordered = () => rows.map((r) => r.id);

  useEffect(() => {
    if (!focusId) return;
    const index = rows.findIndex((r) => r.id === focusId);
    if (index >= 0) virtual.scrollToIndex(index, { align: 'auto' });
    // Only when the focused item changes, not on every re-sort.
  }, [focusId]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.target !== e.currentTarget || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    const at = rows.findIndex((r) => r.id === focusId);
    const next = rows[Math.max(0, Math.min(rows.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) onRowClick(next.id, e, ordered);
  };

  const headerGroups = table.getHeaderGroups();
  return (
    <div ref={scroller} className="dt-scroll" tabIndex={0} onKeyDown={onKeyDown} aria-label={`${label} table, scrollable`}>
      <table role="table" aria-label={label} aria-rowcount={rows.length + 1} className="dt" style={{ '--cols': columns, minWidth } as React.CSSProperties}>
        <thead role="rowgroup" className="dt-head">
          {headerGroups.map((g) => (
            <tr role="row" key={g.id} className="dt-row" aria-rowindex={1}>
              {g.headers.map((h) => {
                const sorted = h.column.getIsSorted();
                return (
                  <th
                    role="columnheader"
                    key={h.id}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    className={h.column.getCanSort() ? 'sortable' : undefined}
                    onClick={h.column.getToggleSortingHandler()}
                  >
                    <table.FlexRender header={h} />
                    {sorted && <span className="sort-arrow">{sorted === 'asc' ? '▲' : '▼'}</span>}
                  </th>
                );
              })}
            </tr>
          ))}
          {filterFor && (
            <tr role="row" className="dt-row dt-filters">
              {headerGroups[headerGroups.length - 1]!.headers.map((h) => (
                <td role="cell" key={h.id}>
                  {filterFor(h.column.id)}
                </td>
              ))}
            </tr>
          )}
        </thead>
        <tbody role="rowgroup" className="dt-body" style={{ height: virtual.getTotalSize() }}>
          {virtual.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const isSel = selected.has(row.id);
            return (
              <tr
                role="row"
                key={row.id}
                data-id={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={isSel}
                className={`dt-row${isSel ? ' selected' : ''}${row.id === focusId ? ' focused' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={(e) => onRowClick(row.id, e, ordered)}
              >
                {row.getAllCells().map((cell) => (
                  <td role="cell" key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="dt-empty faint">{empty}</p>}
    </div>
  );
}
