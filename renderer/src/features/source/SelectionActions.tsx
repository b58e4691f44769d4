import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createId } from '../../../../shared/model';
import { dispatch, select, useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { graphBridge } from '../graph/graphUi';
import { MentionPicker } from './MentionPicker';
import { NewEntityForm } from './NewEntityForm';

export type TextSpan = { sourceId: string; start: number; end: number; text: string; rect: DOMRect };

/** The actions for a selected span: new entity, mention of an existing one, evidence for the selected link. */
export function SelectionActions({ span, onDone }: { span: TextSpan; onDone: () => void }) {
  const [mode, setMode] = useState<'menu' | 'new' | 'mention'>('menu');
  const relationId = useWorkbench((s) => (s.selection.relations.length === 1 ? s.selection.relations[0] : undefined));
  const relation = useWorkbench((s) => s.case.relations.find((r) => r.id === relationId));
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: span.rect.left, top: span.rect.bottom + 6 });

  useLayoutEffect(() => {
    const r = ref.current!.getBoundingClientRect();
    const below = span.rect.bottom + 6 + r.height < window.innerHeight;
    setPos({
      left: Math.max(8, Math.min(span.rect.left, window.innerWidth - r.width - 8)),
      top: below ? span.rect.bottom + 6 : Math.max(8, span.rect.top - r.height - 6),
    });
  }, [span, mode]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onDone();
    const onDown = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && onDone();
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown, true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown, true);
    };
  }, [onDone]);

  const finish = () => {
    window.getSelection()?.removeAllRanges();
    onDone();
  };

  const createEntity = (name: string, type: string) => {
    const id = createId('ent');
    const ok = dispatch({
      op: 'addEntity',
      entity: { id, name, type, aliases: [], status: 'accepted' },
      mentions: [{ id: createId('men'), entityId: id, sourceId: span.sourceId, start: span.start, end: span.end, status: 'accepted' }],
      position: graphBridge.current.freePosition(),
    });
    if (ok) select({ entities: [id] });
    finish();
  };

  const addMention = (entityId: string) => {
    const mention = { id: createId('men'), entityId, sourceId: span.sourceId, start: span.start, end: span.end, status: 'accepted' as const };
    if (dispatch({ op: 'addMentions', mentions: [mention] }, 'Add mention')) select({ entities: [entityId] });
    finish();
  };

  const addEvidence = () => {
    if (!relation) return;
    const evidence = [...relation.evidence, { sourceId: span.sourceId, start: span.start, end: span.end }];
    dispatch({ op: 'updateRelation', id: relation.id, patch: { evidence } }, 'Add evidence');
    finish();
  };

  return (
    <div ref={ref} className="selection-actions" role="dialog" aria-label="Selected text" style={pos}>
      <div className="selection-quote" dir="auto">
        “{span.text.length > 80 ? `${span.text.slice(0, 80)}…` : span.text}”
      </div>
      {mode === 'menu' && (
        <div className="selection-buttons">
          <button type="button" className="btn small" onClick={() => setMode('new')}>
            <Icon name="plus" /> New entity
          </button>
          <button type="button" className="btn small" onClick={() => setMode('mention')}>
            <Icon name="link" /> Mention of…
          </button>
          <button
            type="button"
            className="btn small"
            disabled={!relation}
            title={relation ? `Add as evidence to “${relation.type}”` : 'Select a link first'}
            onClick={addEvidence}
          >
            <Icon name="file" /> Add as evidence
          </button>
        </div>
      )}
      {mode === 'new' && <NewEntityForm initialName={span.text} onCreate={createEntity} onUseExisting={addMention} />}
      {mode === 'mention' && <MentionPicker query={span.text} onPick={addMention} />}
    </div>
  );
}
