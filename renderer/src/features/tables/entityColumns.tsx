import { createColumnHelper } from '@tanstack/react-table';
import { dispatch, getWorkbench, select } from '../../store/workbench';
import { setEntityType } from '../../actions/edit';
import { EditableCell, StatusCell, TypeCell } from './cells';
import type { EntityRow } from './rows';
import type { Features } from './tableFeatures';

const helper = createColumnHelper<Features, EntityRow>();

const update = (id: string, patch: { name?: string; notes?: string | null }) => dispatch({ op: 'updateEntity', id, patch }, 'Edit entity');

export const ENTITY_GRID = '30px minmax(96px, 2fr) 126px 80px 56px 100px minmax(110px, 1fr) minmax(130px, 1.4fr)';
export const ENTITY_MIN_WIDTH = 30 + 96 + 126 + 80 + 56 + 100 + 110 + 130;

export const entityColumns = helper.columns([
  helper.display({
    id: 'select',
    header: ({ table }) => {
      const rows = table.getRowModel().rows;
      const sel = new Set(getWorkbench().selection.entities);
      const all = rows.length > 0 && rows.every((r) => sel.has(r.id));
      return (
        <input
          type="checkbox"
          aria-label="Select all entities shown"
          checked={all}
          onChange={() => select({ entities: all ? [] : rows.map((r) => r.id) })}
          onClick={(e) => e.stopPropagation()}
        />
      );
    },
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select ${row.original.name}`}
        checked={row.getIsSelected()}
        onChange={() => {}}
        onClick={(e) => {
          e.stopPropagation();
          row.getToggleSelectedHandler()(e);
        }}
      />
    ),
  }),
  helper.accessor('name', {
    header: 'Name',
    sortFn: 'text',
    filterFn: 'includesString',
    cell: (info) => <EditableCell value={info.getValue()} label={`Name of ${info.getValue()}`} onSave={(v) => v.trim() && update(info.row.id, { name: v.trim() })} />,
  }),
  helper.accessor('type', {
    header: 'Type',
    filterFn: 'equalsString',
    cell: (info) => <TypeCell type={info.getValue()} name={info.row.original.name} onChange={(t) => setEntityType([info.row.id], t)} />,
  }),
  helper.accessor('mentions', { header: 'Mentions', sortFn: 'basic', sortDescFirst: true, cell: (i) => <span className="num">{i.getValue()}</span> }),
  helper.accessor('links', { header: 'Links', sortFn: 'basic', sortDescFirst: true, cell: (i) => <span className="num">{i.getValue()}</span> }),
  helper.accessor('status', {
    header: 'Status',
    filterFn: 'equalsString',
    cell: (info) => (
      <StatusCell
        status={info.getValue()}
        name={info.row.original.name}
        onAccept={() => {
          const mentionIds = getWorkbench()
            .case.mentions.filter((m) => m.entityId === info.row.id && m.status === 'suggested')
            .map((m) => m.id);
          dispatch({ op: 'setStatus', status: 'accepted', entityIds: [info.row.id], mentionIds }, 'Accept');
        }}
      />
    ),
  }),
  helper.accessor('aliases', { header: 'Aliases', filterFn: 'includesString', enableSorting: false, cell: (i) => <span className="cell-text muted" title={i.getValue()}>{i.getValue()}</span> }),
  helper.accessor('notes', {
    header: 'Notes',
    filterFn: 'includesString',
    cell: (info) => <EditableCell value={info.getValue()} placeholder="—" label={`Notes on ${info.row.original.name}`} onSave={(v) => update(info.row.id, { notes: v.trim() || null })} />,
  }),
]);
