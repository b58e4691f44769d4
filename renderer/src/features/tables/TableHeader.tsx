import { useStore, type Store } from '../../lib/createStore';
import { Icon } from '../../ui/Icon';
import type { TableUi } from './tableUi';

/** The part of a TanStack column a filter control needs. */
type Filterable = { getFilterValue: () => unknown; setFilterValue: (v: unknown) => void } | undefined;

export function TableHeader({ title, count, shown, ui, searchLabel }: { title: string; count: number; shown: number; ui: Store<TableUi>; searchLabel: string }) {
  const state = useStore(ui, (s) => s);
  const filtered = state.globalFilter || state.columnFilters.length > 0;
  return (
    <div className="pane-header table-header">
      <h2 className="pane-title">{title}</h2>
      <span className="count">{filtered ? `${shown} of ${count}` : count}</span>
      <span className="spacer" />
      <div className="search-box">
        <Icon name="search" />
        <input
          className="input small"
          type="search"
          aria-label={searchLabel}
          placeholder="Search…"
          value={state.globalFilter}
          onChange={(e) => ui.set((s) => ({ ...s, globalFilter: e.target.value }))}
        />
      </div>
      <button
        type="button"
        className="icon-btn small"
        aria-label={`Filter ${title.toLowerCase()} by column`}
        title="Filter by column"
        aria-pressed={state.showFilters}
        onClick={() => ui.set((s) => ({ ...s, showFilters: !s.showFilters, columnFilters: s.showFilters ? [] : s.columnFilters }))}
      >
        <Icon name="filter" />
      </button>
    </div>
  );
}

export function FilterText({ col, column }: { col: Filterable; column: string }) {
  return (
    <input
      className="input small dt-filter"
      aria-label={`Filter by ${column}`}
      placeholder="Filter…"
      value={(col?.getFilterValue() as string) ?? ''}
      onChange={(e) => col?.setFilterValue(e.target.value || undefined)}
    />
  );
}

export function FilterSelect({ col, column, options }: { col: Filterable; column: string; options: { value: string; label: string }[] }) {
  return (
    <select
      className="select small dt-filter"
      aria-label={`Filter by ${column}`}
      value={(col?.getFilterValue() as string) ?? ''}
      onChange={(e) => col?.setFilterValue(e.target.value || undefined)}
    >
      <option value="">All</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
