import { createColumnHelper } from '@tanstack/react-table';
import type { ClaimPatch } from '../../../../shared/model';
import { dispatch } from '../../store/workbench';
import { CredibilityCell, ReliabilityCell, StatusCell } from '../tables/cells';
import type { Features } from '../tables/tableFeatures';
import type { ClaimRow } from './claimModel';

const helper = createColumnHelper<Features, ClaimRow>();
const update = (id: string, patch: ClaimPatch) => dispatch({ op: 'updateClaim', id, patch }, 'Grade claim');
const text = (v: string, cls = 'cell-text') => (
  <span className={v ? cls : `${cls} faint`} title={v || undefined} dir="auto">
    {v || '—'}
  </span>
);

export const CLAIM_GRID = 'minmax(110px, 1fr) 78px minmax(180px, 2.4fr) minmax(100px, 1fr) minmax(80px, 0.8fr) 92px 50px 50px 104px';
export const CLAIM_MIN_WIDTH = 110 + 78 + 180 + 100 + 80 + 92 + 50 + 50 + 104;

export const claimColumns = helper.columns([
  helper.accessor('speaker', {
    header: 'Speaker',
    sortFn: 'text',
    filterFn: 'includesString',
    cell: (i) =>
      i.row.original.unnamed ? (
        <span className="cell-text speaker-unnamed" title="Unnamed speaker, kept as written">
          “{i.getValue()}”
        </span>
      ) : (
        text(i.getValue(), 'cell-text speaker-named')
      ),
  }),
  helper.accessor('verb', { header: 'Verb', sortFn: 'text', filterFn: 'includesString', cell: (i) => <em className="claim-verb">{i.getValue()}</em> }),
  helper.accessor('content', { header: 'What was said', sortFn: 'text', filterFn: 'includesString', cell: (i) => text(i.getValue(), 'cell-text claim-content') }),
  helper.accessor('about', { header: 'About', sortFn: 'text', filterFn: 'includesString', cell: (i) => text(i.getValue()) }),
  helper.accessor('source', { header: 'Source', sortFn: 'text', filterFn: 'includesString', cell: (i) => text(i.getValue(), 'cell-text faint-strong') }),
  helper.accessor('sortDate', { id: 'date', header: 'Date', sortFn: 'text', cell: (i) => text(i.row.original.date, 'cell-text num-date') }),
  helper.accessor('speakerReliability', {
    header: 'Spk.',
    filterFn: 'equalsString',
    cell: (i) => (
      <ReliabilityCell
        label={`Speaker reliability of claim by ${i.row.original.speaker}`}
        title="Speaker reliability (A–F)"
        value={i.getValue()}
        onChange={(speakerReliability) => update(i.row.id, { speakerReliability })}
      />
    ),
  }),
  helper.accessor('credibility', {
    header: 'Cred.',
    cell: (i) => (
      <CredibilityCell
        label={`Credibility of claim by ${i.row.original.speaker}`}
        title="Information credibility (1–6)"
        value={i.getValue()}
        onChange={(credibility) => update(i.row.id, { credibility })}
      />
    ),
  }),
  helper.accessor('status', {
    header: 'Status',
    filterFn: 'equalsString',
    cell: (i) => (
      <StatusCell status={i.getValue()} name={`claim by ${i.row.original.speaker}`} onAccept={() => dispatch({ op: 'setStatus', status: 'accepted', claimIds: [i.row.id] }, 'Accept claim')} />
    ),
  }),
]);
