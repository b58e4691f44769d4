import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import { createStore } from '../../lib/createStore';

export type TableUi = { sorting: SortingState; columnFilters: ColumnFiltersState; globalFilter: string; showFilters: boolean };

const initial: TableUi = { sorting: [], columnFilters: [], globalFilter: '', showFilters: false };

/** Sort and filter state lives outside the components, so it survives re-mounts and commands can reach it. */
export const entityTableUi = createStore<TableUi>({ ...initial, sorting: [{ id: 'mentions', desc: true }] });
export const linkTableUi = createStore<TableUi>(initial);
