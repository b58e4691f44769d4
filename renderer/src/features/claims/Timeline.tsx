import { useMemo } from 'react';
import { useAfterPaint } from '../../lib/useAfterPaint';
import { select, useWorkbench } from '../../store/workbench';
import { selectClaims } from './selectClaim';
import { groupByMonth, timelineItems, type TimelineItem } from './timeline';
import './claims.css';

/** Events and dated claims in date order, grouped by month, kept to what involves the selection. */
export function Timeline() {
  const c = useWorkbench((s) => s.case);
  const sel = useAfterPaint(useWorkbench((s) => s.selection));
  const filtered = sel.entities.length + sel.relations.length + (sel.claims?.length ?? 0) > 0;
  const groups = useMemo(() => groupByMonth(timelineItems(c, sel)), [c.entities, c.claims, c.relations, c.sources, sel]);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const isSelected = (it: TimelineItem) => (it.kind === 'claim' ? (sel.claims?.includes(it.id) ?? false) : !sel.claims?.length && sel.entities.includes(it.id));
  const open = (it: TimelineItem) => (it.kind === 'claim' ? selectClaims([it.id]) : select({ entities: [it.id] }));

  return (
    <section className="pane timeline-pane" role="region" aria-label="Timeline">
      <div className="pane-header">
        <h2 className="pane-title">Timeline</h2>
        <span className="count">{count}</span>
        <span className="spacer" />
        {filtered && (
          <>
            <span className="faint timeline-filter">Involving the selection</span>
            <button type="button" className="btn small ghost" onClick={() => select({})}>
              Show all
            </button>
          </>
        )}
      </div>
      <div className="timeline-body">
        {count === 0 && (
          <p className="timeline-empty muted">
            {filtered ? 'Nothing dated involves the selection.' : 'Events with dates and dated claims appear here in order. “Find entities” resolves dates such as “October 19” in the text.'}
          </p>
        )}
        {groups.map((g) => (
          <section key={g.month} className="tl-month" aria-label={g.label}>
            <h3 className="tl-month-label">{g.label}</h3>
            <ol className="tl-items">
              {g.items.map((it) => (
                <li key={`${it.kind}:${it.id}`} className={`tl-item ${it.kind}`} aria-selected={isSelected(it)}>
                  <span className="tl-dot" aria-hidden="true" />
                  <button type="button" className="tl-card" onClick={() => open(it)} aria-label={`${it.kind === 'event' ? 'Event' : 'Claim'}: ${it.title}, ${it.when}`}>
                    <span className="tl-when">{it.when}</span>
                    <span className="tl-title" dir="auto">
                      <span className="tl-name">{it.title}</span>
                      <span className={`tl-kind ${it.kind}`}>{it.kind === 'event' ? it.detail : 'claim'}</span>
                    </span>
                    {it.kind === 'claim' && (
                      <span className="tl-detail" dir="auto">
                        {it.detail}
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
