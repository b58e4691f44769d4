import type { Case } from '../../../../shared/model';
import { showPassage } from '../../store/workbench';

const CONTEXT = 60;

/** A quoted passage with a little context; clicking it opens the source there. */
export function Quote({ c, sourceId, start, end, label }: { c: Case; sourceId: string; start: number; end: number; label?: string }) {
  const src = c.sources.find((s) => s.id === sourceId);
  if (!src) return null;
  const before = src.text.slice(Math.max(0, start - CONTEXT), start).replace(/^\S*\s/, '');
  const after = src.text.slice(end, end + CONTEXT).replace(/\s\S*$/, '');
  return (
    <button type="button" className="quote" dir="auto" title={`Show in “${src.title}”`} aria-label={label ?? `Show passage in ${src.title}`} onClick={() => showPassage({ sourceId, start, end })}>
      <span className="faint">…{before}</span>
      <strong>{src.text.slice(start, end)}</strong>
      <span className="faint">{after}…</span>
      <span className="quote-source">{src.title}</span>
    </button>
  );
}
