import { useMemo } from 'react';
import { entityTypes } from '../../model/entityTypes';
import { useWorkbench } from '../../store/workbench';
import { EntityBulkBar } from './BulkBar';
import { DataTable } from './DataTable';
import { ENTITY_GRID, ENTITY_MIN_WIDTH, entityColumns } from './entityColumns';
import { FilterSelect, FilterText, TableHeader } from './TableHeader';
import { entityRows } from './rows';
import { entityTableUi } from './tableUi';
import { useCaseTable } from './useCaseTable';

export function EntitiesTable() {
  const c = useWorkbench((s) => s.case);
  const data = useMemo(() => entityRows(c), [c.entities, c.mentions, c.relations]);
  const { table, selected, focusId, onRowClick, ui } = useCaseTable('entities', data, entityColumns, entityTableUi);
  const types = useMemo(() => entityTypes(c).map((t) => ({ value: t.id, label: t.label })), [c.entityTypes, c.entities]);
  const filterFor = (id: string) => {
    if (id === 'name' || id === 'aliases' || id === 'notes') return <FilterText col={table.getColumn(id)} column={id} />;
    if (id === 'type') return <FilterSelect col={table.getColumn(id)} column={id} options={types} />;
    if (id === 'status') return <FilterSelect col={table.getColumn(id)} column={id} options={STATUS} />;
    return null;
  };
  return (
    <section className="table-section" aria-label="Entities section">
      <TableHeader title="Entities" count={data.length} shown={table.getRowModel().rows.length} ui={entityTableUi} searchLabel="Search entities" />
      {selected.size > 1 && <EntityBulkBar ids={[...selected]} />}
      <DataTable
        table={table}
        label="Entities"
        columns={ENTITY_GRID}
        minWidth={ENTITY_MIN_WIDTH}
        selected={selected}
        focusId={focusId}
        onRowClick={onRowClick}
        filterFor={ui.showFilters ? filterFor : undefined}
        empty={data.length ? 'No entity matches the filters.' : 'No entities yet. Select text in a source and choose “New entity”, or run “Find entities”.'}
      />
    </section>
  );
}

export const STATUS = [
  { value: 'accepted', label: 'Accepted' },
  { value: 'suggested', label: 'Suggested' },
];
