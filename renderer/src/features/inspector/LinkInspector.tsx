import type { Relation, RelationPatch } from '../../../../shared/model';
import { reverseRelation } from '../../actions/edit';
import { dispatch, select, useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { LinkClaims } from '../claims/LinkClaims';
import { CommitInput, Row } from './fields';
import { CredibilitySelect, ReliabilitySelect } from './GradeSelects';
import { Quote } from './Quote';
import { entityById } from '../../model/caseIndex';

export { CREDIBILITY_LABELS } from './GradeSelects';

export function LinkInspector({ relation }: { relation: Relation }) {
  const c = useWorkbench((s) => s.case);
  const types = [...new Set(c.relations.map((r) => r.type))].sort();
  const name = (id: string) => entityById(c.entities).get(id)?.name ?? '?';
  const update = (patch: RelationPatch, label = 'Edit link') => dispatch({ op: 'updateRelation', id: relation.id, patch }, label);

  return (
    <div className="inspector" aria-label={`Link ${name(relation.source)} ${relation.type} ${name(relation.target)}`}>
      <div className="insp-title link">
        <button type="button" className="linkish" onClick={() => select({ entities: [relation.source] })}>
          {name(relation.source)}
        </button>
        <span className="faint">{relation.directed ? '→' : '—'}</span>
        <button type="button" className="linkish" onClick={() => select({ entities: [relation.target] })}>
          {name(relation.target)}
        </button>
        {relation.status === 'suggested' && (
          <button type="button" className="btn small" onClick={() => dispatch({ op: 'setStatus', status: 'accepted', relationIds: [relation.id] }, 'Accept')}>
            <Icon name="check" /> Accept
          </button>
        )}
      </div>
      <Row label="Type">
        <CommitInput value={relation.type} label="Link type" list="link-types" onCommit={(v) => v.trim() && update({ type: v.trim() }, 'Change link type')} />
        <datalist id="link-types">
          {types.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </Row>
      <Row label="Direction">
        <div className="insp-inline">
          <label className="check">
            <input type="checkbox" checked={relation.directed} onChange={(e) => update({ directed: e.target.checked })} /> Directed
          </label>
          <button type="button" className="btn small" onClick={() => reverseRelation(relation.id)}>
            <Icon name="swap" /> Reverse direction
          </button>
        </div>
      </Row>
      <Row label="Reliability">
        <ReliabilitySelect label="Source reliability" value={relation.reliability} onChange={(reliability) => update({ reliability }, 'Grade link')} />
      </Row>
      <Row label="Credibility">
        <CredibilitySelect label="Information credibility" value={relation.credibility} onChange={(credibility) => update({ credibility }, 'Grade link')} />
      </Row>
      <Row label="Notes">
        <CommitInput multiline value={relation.notes ?? ''} label="Link notes" placeholder="Notes…" onCommit={(v) => update({ notes: v.trim() ? v : null })} />
      </Row>
      <LinkClaims relation={relation} />
      <h4 className="insp-section">
        Evidence <span className="count">{relation.evidence.length}</span>
      </h4>
      {relation.evidence.length === 0 && <p className="faint insp-hint">Select a passage in the source text and choose “Add as evidence”.</p>}
      <div className="quotes">
        {relation.evidence.map((e, i) => (
          <div key={`${e.sourceId}:${e.start}:${e.end}`} className="quote-row">
            <Quote c={c} sourceId={e.sourceId} start={e.start} end={e.end} label={`Show evidence ${i + 1}`} />
            <button type="button" className="icon-btn small" aria-label={`Remove evidence ${i + 1}`} onClick={() => update({ evidence: relation.evidence.filter((_, j) => j !== i) }, 'Remove evidence')}>
              <Icon name="x" />
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
