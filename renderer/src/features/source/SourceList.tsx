import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
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

/** Height of one source row (title line + meta line + padding), in CSS pixels; rows are measured when drawn. */
const ROW_ESTIMATE = 46;

/**
 * The case's sources with their origin and grading; the current one is shown below. Virtualised: a case with
 * 2,000 sources drew 30,000 DOM nodes here on open, the longest task of opening it; now only the rows in view
 * (plus a few) are in the DOM.
 */
export function SourceList() {
  const sources = useWorkbench((s) => s.case.sources);
  const current = useWorkbench((s) => s.sourceId);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: sources.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => sources[i]!.id,
    overscan: 6,
  });
  useEffect(() => {
    const index = sources.findIndex((s) => s.id === current);
    if (index >= 0) virtual.scrollToIndex(index, { align: 'auto' });
    // When the current source changes, not on every edit of the list.
  }, [current]);
  return (
    <div ref={scroller} className="source-list">
      <ul className="source-list-spacer" aria-label="Sources" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((item) => {
          const s = sources[item.index]!;
          return (
            <SourceItem key={s.id} source={s} current={s.id === current} index={item.index} count={sources.length} start={item.start} measure={virtual.measureElement} />
          );
        })}
      </ul>
    </div>
  );
}

type ItemProps = { source: Source; current: boolean; index: number; count: number; start: number; measure: (el: Element | null) => void };

const SourceItem = memo(function SourceItem({ source: s, current, index, count, start, measure }: ItemProps) {
  return (
    <li
      ref={measure}
      data-index={index}
      aria-current={current || undefined}
      aria-posinset={index + 1}
      aria-setsize={count}
      style={{ transform: `translateY(${start}px)` }}
    >
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
