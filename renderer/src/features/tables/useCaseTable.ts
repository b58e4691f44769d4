import { functionalUpdate, useTable, type ColumnDef, type RowSelectionState } from '@tanstack/react-table';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { Store } from '../../lib/createStore';
import { useStore } from '../../lib/createStore';
import { select, useWorkbench } from '../../store/workbench';
import { clickKind, clickSelect } from './clickSelect';
import { searchableColumn, warmUpSteps } from './rowModels';
import { features, type Features } from './tableFeatures';
import type { TableUi } from './tableUi';

type Key = 'entities' | 'relations' | 'claims';
const NONE: readonly string[] = [];

/**
 * A TanStack table over case rows whose sort/filter state lives in `ui` and whose row selection is the
 * workbench's shared selection, so the graph, text and inspector follow every click in the table.
 */
export function useCaseTable<T extends { id: string }>(
  key: Key,
  data: T[],
  columns: ColumnDef<Features, T, any>[],
  ui: Store<TableUi>,
  onSelect?: (ids: string[]) => void,
) {
  const state = useStore(ui, (s) => s);
  // Typing in the search box stays responsive: filtering catches up at a lower priority.
  const globalFilter = useDeferredValue(state.globalFilter);
  const selection = useWorkbench((s) => s.selection);
  const ids = selection[key] ?? NONE;
  const rowSelection = useMemo<RowSelectionState>(() => Object.fromEntries(ids.map((id) => [id, true])), [ids]);
  const selected = useMemo(() => new Set(ids), [ids]);
  const anchor = useRef<string | undefined>(undefined);

  const setSelection = (next: string[]) => (onSelect ? onSelect(next) : select({ entities: [], relations: [], [key]: next }));

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    state: { sorting: state.sorting, columnFilters: state.columnFilters, globalFilter, rowSelection },
    onSortingChange: (u) => ui.set((s) => ({ ...s, sorting: functionalUpdate(u, s.sorting) })),
    onColumnFiltersChange: (u) => ui.set((s) => ({ ...s, columnFilters: functionalUpdate(u, s.columnFilters) })),
    onGlobalFilterChange: (u) => ui.set((s) => ({ ...s, globalFilter: functionalUpdate(u, s.globalFilter) as string })),
    onRowSelectionChange: (u) => {
      const next = functionalUpdate(u, rowSelection);
      setSelection(Object.keys(next).filter((k) => next[k]));
    },
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => searchableColumn(column, data),
    enableSortingRemoval: true,
  });

  // After a case change, compute the search strings and the column orders while the page is idle, one
  // column per idle callback, so the first search or sort of a big case does not pay for them.
  // (`table` is a new object on every render; the work depends on the data only.)
  const tableNow = useRef(table);
  tableNow.current = table;
  useEffect(() => {
    const steps = warmUpSteps(tableNow.current);
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : (f: () => void) => setTimeout(f, 50) as unknown as number;
    const cancel = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout;
    let handle = 0;
    const next = () => {
      steps.shift()?.();
      if (steps.length) handle = idle(next);
    };
    if (steps.length) handle = idle(next);
    return () => cancel(handle);
  }, [data]);

  const onRowClick = (id: string, e: React.MouseEvent | React.KeyboardEvent, ordered: () => string[]) => {
    const kind = 'key' in e ? { shift: e.shiftKey, toggle: false } : clickKind(e);
    const next = clickSelect(ids, id, kind, kind.shift ? ordered() : [], anchor.current);
    if (!kind.shift) anchor.current = id;
    setSelection(next);
  };

  return { table, selected, focusId: ids[ids.length - 1], onRowClick, ui: state };
}
