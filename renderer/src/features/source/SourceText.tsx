import { useEffect, useRef, useState } from 'react';
import { useAfterPaint } from '../../lib/useAfterPaint';
import { select, setSource, useWorkbench } from '../../store/workbench';
import { selectionSpan } from './domOffsets';
import { trimSpan } from './highlight';
import { Paragraph } from './Paragraph';
import { SelectionActions, type TextSpan } from './SelectionActions';
import { useSourceMarks } from './useSourceMarks';
import { mentionsOf } from '../../model/caseIndex';
import type { Case } from '../../../../shared/model';
import type { Passage, Selection } from '../../store/workbench';

const STEP = 300;

/** Where in this source the selection or an opened passage wants the reader to be, if anywhere. */
function targetOffset(c: Case, sourceId: string | null, selection: Selection, passage: Passage | null): number | undefined {
  if (passage && passage.sourceId === sourceId) return passage.start;
  const entity = selection.entities[0];
  if (entity) return mentionsOf(c, entity).find((m) => m.sourceId === sourceId)?.start;
  const relationId = selection.relations[0];
  const relation = relationId ? c.relations.find((r) => r.id === relationId) : undefined;
  return relation?.evidence.find((e) => e.sourceId === sourceId)?.start;
}

/** The current source's text with its highlights; selecting text opens the actions for that span. */
export function SourceText() {
  const c = useWorkbench((s) => s.case);
  const sourceId = useWorkbench((s) => s.sourceId);
  // The text follows the selection at a lower priority than the table and graph highlights.
  const selection = useAfterPaint(useWorkbench((s) => s.selection));
  const passage = useWorkbench((s) => s.passage);
  const source = c.sources.find((s) => s.id === sourceId);
  const { text, paragraphs, byParagraph, sigs } = useSourceMarks(c, source, selection, passage);
  const root = useRef<HTMLDivElement>(null);
  const [span, setSpan] = useState<TextSpan | null>(null);
  // Long texts render in steps of STEP paragraphs as the reader scrolls (a 50 MB source would otherwise
  // build tens of thousands of paragraphs at once and freeze the page); a selection or passage further
  // down extends the rendered range to reach it.
  const [limit, setLimit] = useState(STEP);
  const target = targetOffset(c, sourceId, selection, passage);
  const needed = target === undefined ? -1 : paragraphs.findIndex((p) => p.end >= target);
  const shown = Math.max(limit, needed + 1);
  const more = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setSpan(null);
    setLimit(STEP);
  }, [sourceId]);

  useEffect(() => {
    const sentinel = more.current;
    if (!sentinel) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setLimit((l) => Math.max(l, shown) + STEP), {
      root: root.current,
      rootMargin: '1500px 0px',
    });
    io.observe(sentinel);
    return () => io.disconnect();
  }, [shown, paragraphs.length]);

  // Follow the shared selection: the first mention of a selected entity, or the first evidence of a link.
  useEffect(() => {
    const entity = selection.entities[0];
    if (!entity || !root.current) return;
    const here = root.current.querySelector(`mark[data-entity="${CSS.escape(entity)}"]`);
    if (here) {
      here.scrollIntoView({ block: 'nearest' });
      return;
    }
    const elsewhere = mentionsOf(c, entity)[0];
    if (elsewhere && elsewhere.sourceId !== sourceId) setSource(elsewhere.sourceId);
  }, [selection, sourceId]);

  useEffect(() => {
    const first = root.current?.querySelector('.evidence, .passage');
    first?.scrollIntoView({ block: 'center' });
  }, [passage, selection.relations]);

  const onPointerUp = (e?: React.SyntheticEvent) => {
    if (e && (e.target as Element).closest('.selection-actions')) return;
    requestAnimationFrame(() => {
      if (!root.current || !source) return;
      const raw = selectionSpan(root.current);
      const trimmed = raw && trimSpan(text, raw.start, raw.end);
      setSpan(raw && trimmed ? { ...trimmed, sourceId: source.id, text: text.slice(trimmed.start, trimmed.end), rect: raw.rect } : null);
    });
  };

  const onClick = (e: React.MouseEvent) => {
    const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-entity]');
    if ((e.target as Element).closest('.selection-actions')) return;
    if (!mark || !window.getSelection()?.isCollapsed) return;
    const id = mark.dataset.entity!;
    select({ entities: e.shiftKey || e.metaKey || e.ctrlKey ? [...new Set([...selection.entities, id])] : [id] });
  };

  if (!source) return <div className="source-empty muted">This case has no sources yet. Add one to start reading and marking.</div>;
  return (
    <div
      ref={root}
      className="source-text"
      tabIndex={0}
      aria-label={`Text of ${source.title}`}
      onPointerUp={onPointerUp}
      onKeyUp={(e) => e.shiftKey && onPointerUp(e)}
      onClick={onClick}
    >
      <header className="source-heading">
        <h3 dir="auto">{source.title}</h3>
        {source.origin.url && <span className="faint source-url">{source.origin.url}</span>}
      </header>
      {paragraphs.slice(0, shown).map((p) => (
        <Paragraph key={p.start} text={text.slice(p.start, p.end)} start={p.start} end={p.end} marks={byParagraph.get(p.index)} sig={sigs.get(p.index) ?? ''} />
      ))}
      {shown < paragraphs.length && (
        <div ref={more} className="source-more faint" aria-hidden="true">
          …
        </div>
      )}
      {span && <SelectionActions span={span} onDone={() => setSpan(null)} />}
    </div>
  );
}
