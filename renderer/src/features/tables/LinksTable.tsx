import { useMemo } from 'react';
import { useWorkbench } from '../../store/workbench';
import { LinkBulkBar } from './BulkBar';
import { DataTable } from './DataTable';
import { STATUS } from './EntitiesTable';
import { LINK_GRID, LINK_MIN_WIDTH, linkColumns } from './linkColumns';
import { linkRows } from './rows';
import { FilterSelect, FilterText, TableHeader } from './TableHeader';
import { linkTableUi } from './tableUi';
import { useCaseTable } from './useCaseTable';

const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'].map((g) => ({ value: g, label: g }));

export function LinksTable() {
  const c = useWorkbench((s) => s.case);
  const data = useMemo(() => linkRows(c), [c.entities, c.relations]);
  const { table, selected, focusId, onRowClick, ui } = useCaseTable('relations', data, linkColumns, linkTableUi);
  const filterFor = (id: string) => {
    if (id === 'from' || id === 'to' || id === 'type' || id === 'notes') return <FilterText col={table.getColumn(id)} column={id} />;
    if (id === 'status') return <FilterSelect col={table.getColumn(id)} column={id} options={STATUS} />;
    if (id === 'reliability') return <FilterSelect col={table.getColumn(id)} column={id} options={GRADES} />;
    return null;
  };
  return (
    <section className="table-section" aria-label="Links section">
      <TableHeader title="Links" count={data.length} shown={table.getRowModel().rows.length} ui={linkTableUi} searchLabel="Search links" />
      {selected.size > 1 && <LinkBulkBar ids={[...selected]} />}
      <DataTable
        table={table}
        label="Links"
        columns={LINK_GRID}
        minWidth={LINK_MIN_WIDTH}
        selected={selected}
        focusId={focusId}
        onRowClick={onRowClick}
        filterFor={ui.showFilters ? filterFor : undefined}
        empty={data.length ? 'No link matches the filters.' : 'No links yet. Turn on “Draw link” in the graph and drag from one node to another.'}
      />
    </section>
  );
}
