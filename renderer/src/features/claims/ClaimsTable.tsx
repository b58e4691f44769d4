import { useMemo } from 'react';
import { createStore } from '../../lib/createStore';
import { useWorkbench } from '../../store/workbench';
import { DataTable } from '../tables/DataTable';
import { STATUS } from '../tables/EntitiesTable';
import { FilterSelect, FilterText, TableHeader } from '../tables/TableHeader';
import type { TableUi } from '../tables/tableUi';
import { useCaseTable } from '../tables/useCaseTable';
import { CLAIM_GRID, CLAIM_MIN_WIDTH, claimColumns } from './claimColumns';
import { claimRows } from './claimModel';
import { selectClaims } from './selectClaim';
import './claims.css';

export const claimTableUi = createStore<TableUi>({ sorting: [], columnFilters: [], globalFilter: '', showFilters: false });
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'].map((g) => ({ value: g, label: g }));
const TEXT = new Set(['speaker', 'verb', 'content', 'about', 'source']);

/** Who said what: every claim of the case, with its speaker, grades and status. */
export function ClaimsTable() {
  const c = useWorkbench((s) => s.case);
  const data = useMemo(() => claimRows(c), [c.claims, c.entities, c.sources]);
  const { table, selected, focusId, onRowClick, ui } = useCaseTable('claims', data, claimColumns, claimTableUi, selectClaims);
  const filterFor = (id: string) => {
    if (TEXT.has(id)) return <FilterText col={table.getColumn(id)} column={id} />;
    if (id === 'status') return <FilterSelect col={table.getColumn(id)} column={id} options={STATUS} />;
    if (id === 'speakerReliability') return <FilterSelect col={table.getColumn(id)} column={id} options={GRADES} />;
    return null;
  };
  return (
    <section className="table-section claims-section" aria-label="Claims section">
      <TableHeader title="Claims" count={data.length} shown={table.getRowModel().rows.length} ui={claimTableUi} searchLabel="Search claims" />
      <DataTable
        table={table}
        label="Claims"
        columns={CLAIM_GRID}
        minWidth={CLAIM_MIN_WIDTH}
        selected={selected}
        focusId={focusId}
        onRowClick={onRowClick}
        filterFor={ui.showFilters ? filterFor : undefined}
        empty={data.length ? 'No claim matches the filters.' : 'No claims yet. “Find entities” suggests who said what from reported speech in the sources.'}
      />
    </section>
  );
}
