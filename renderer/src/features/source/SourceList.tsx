import { memo } from 'react';
import { RELIABILITY, type Reliability, type Source } from '../../../../shared/model';
import { deleteSource } from '../../actions/edit';
import { dispatch, setSource, useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'A — Completely reliable',
  B: 'B — Usually reliable',
  C: 'C — Fairly reliable',
  D: 'D — Not usually reliable',
  E: 'E — Unreliable',
  F: 'F — Reliability cannot be judged',
};

const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : DATE.format(t);
}

export function ReliabilitySelect({ source }: { source: Source }) {
  return (
    <select
      className="select small reliability-select"
      aria-label={`Reliability of ${source.title}`}
      title="Source reliability (Admiralty A–F)"
      value={source.reliability ?? ''}
      onChange={(e) =>
        dispatch({ op: 'updateSource', id: source.id, patch: { reliability: (e.target.value || null) as Reliability | null } }, 'Grade source')
      }
    >
      <option value="">–</option>
      {RELIABILITY.map((r) => (
        <option key={r} value={r} title={RELIABILITY_LABELS[r]}>
          {r}
        </option>
      ))}
    </select>
  );
}

/** The case's sources with their origin and grading; the current one is shown below. */
export function SourceList() {
  const sources = useWorkbench((s) => s.case.sources);
  const current = useWorkbench((s) => s.sourceId);
  return (
    <ul className="source-list" aria-label="Sources">
      {sources.map((s) => (
        <SourceItem key={s.id} source={s} current={s.id === current} />
      ))}
    </ul>
  );
}

const SourceItem = memo(function SourceItem({ source: s, current }: { source: Source; current: boolean }) {
  return (
    <li aria-current={current || undefined}>
      <button type="button" className="source-item" onClick={() => setSource(s.id)}>
        <span className="source-item-title" dir="auto">
          {s.title || 'Untitled'}
        </span>
        <span className="source-item-meta faint">{[s.origin.publisher, formatDate(s.origin.publishedAt) || formatDate(s.addedAt)].filter(Boolean).join(' · ')}</span>
      </button>
      <ReliabilitySelect source={s} />
      <button type="button" className="icon-btn small" aria-label={`Delete source ${s.title}`} title="Delete source" onClick={() => void deleteSource(s.id)}>
        <Icon name="trash" />
      </button>
    </li>
  );
});
