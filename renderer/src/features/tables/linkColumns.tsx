import { createColumnHelper } from '@tanstack/react-table';
import { dispatch, getWorkbench, select } from '../../store/workbench';
import { CredibilityCell, EditableCell, ReliabilityCell, StatusCell } from './cells';
import type { LinkRow } from './rows';
import type { Features } from './tableFeatures';

const helper = createColumnHelper<Features, LinkRow>();
const update = (id: string, patch: Record<string, unknown>, label = 'Edit link') => dispatch({ op: 'updateRelation', id, patch }, label);

export const LINK_GRID = '30px minmax(110px, 1.2fr) minmax(120px, 1.2fr) minmax(110px, 1.2fr) 104px 60px 58px 58px minmax(120px, 1.2fr)';
export const LINK_MIN_WIDTH = 30 + 110 + 120 + 110 + 104 + 60 + 58 + 58 + 120;

const stop = (e: React.SyntheticEvent) => e.stopPropagation();

export const linkColumns = helper.columns([
  helper.display({
    id: 'select',
    header: ({ table }) => {
      const rows = table.getRowModel().rows;
      const sel = new Set(getWorkbench().selection.relations);
      const all = rows.length > 0 && rows.every((r) => sel.has(r.id));
      return <input type="checkbox" aria-label="Select all links shown" checked={all} onClick={stop} onChange={() => select({ relations: all ? [] : rows.map((r) => r.id) })} />;
    },
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select link ${row.original.from} ${row.original.type} ${row.original.to}`}
        checked={row.getIsSelected()}
        onChange={() => {}}
        onClick={(e) => {
          e.stopPropagation();
          row.getToggleSelectedHandler()(e);
        }}
      />
    ),
  }),
  helper.accessor('from', { header: 'From', sortFn: 'text', filterFn: 'includesString', cell: (i) => <span className="cell-text">{i.getValue()}</span> }),
  helper.accessor('type', {
    header: 'Link type',
    sortFn: 'text',
    filterFn: 'includesString',
    cell: (i) => (
      <span className="link-type-cell">
        <span className="faint">{i.row.original.directed ? '→' : '—'}</span>
        <EditableCell value={i.getValue()} label={`Type of link ${i.row.original.from} to ${i.row.original.to}`} onSave={(v) => v.trim() && update(i.row.id, { type: v.trim() }, 'Change link type')} />
      </span>
    ),
  }),
  helper.accessor('to', { header: 'To', sortFn: 'text', filterFn: 'includesString', cell: (i) => <span className="cell-text">{i.getValue()}</span> }),
  helper.accessor('status', {
    header: 'Status',
    filterFn: 'equalsString',
    cell: (i) => (
      <StatusCell
        status={i.getValue()}
        name={`link ${i.row.original.from} ${i.row.original.type} ${i.row.original.to}`}
        onAccept={() => dispatch({ op: 'setStatus', status: 'accepted', relationIds: [i.row.id] }, 'Accept')}
      />
    ),
  }),
  helper.accessor('evidence', { header: 'Evid.', sortFn: 'basic', sortDescFirst: true, cell: (i) => <span className="num">{i.getValue()}</span> }),
  helper.accessor('reliability', {
    header: 'Rel.',
    filterFn: 'equalsString',
    cell: (i) => (
      <ReliabilityCell
        label={`Reliability grade of link ${i.row.original.from} to ${i.row.original.to}`}
        value={i.getValue()}
        onChange={(reliability) => update(i.row.id, { reliability }, 'Grade link')}
      />
    ),
  }),
  helper.accessor('credibility', {
    header: 'Cred.',
    cell: (i) => (
      <CredibilityCell
        label={`Credibility grade of link ${i.row.original.from} to ${i.row.original.to}`}
        value={i.getValue()}
        onChange={(credibility) => update(i.row.id, { credibility }, 'Grade link')}
      />
    ),
  }),
  helper.accessor('notes', {
    header: 'Notes',
    filterFn: 'includesString',
    cell: (i) => <EditableCell value={i.getValue()} placeholder="—" label={`Notes on link ${i.row.original.from} to ${i.row.original.to}`} onSave={(v) => update(i.row.id, { notes: v.trim() || null })} />,
  }),
]);
