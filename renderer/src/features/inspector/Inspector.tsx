import { acceptSelection, deleteSelection, mergeEntities } from '../../actions/edit';
import { useAfterPaint } from '../../lib/useAfterPaint';
import { useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { ClaimInspector } from '../claims/ClaimInspector';
import { EntityInspector } from './EntityInspector';
import { LinkInspector } from './LinkInspector';
import './inspector.css';
import { entityById, relationById } from '../../model/caseIndex';
import { count } from '../../lib/plural';

/** Details of the selection: one entity, one link, or a summary with bulk actions. */
export function Inspector() {
  const sel = useAfterPaint(useWorkbench((s) => s.selection));
  const c = useWorkbench((s) => s.case);
  const total = sel.entities.length + sel.relations.length;
  const claim = sel.claims?.length === 1 ? c.claims.find((x) => x.id === sel.claims![0]) : undefined;
  if (claim) return <ClaimInspector key={claim.id} claim={claim} />;
  if (total === 0)
    return (
      <div className="inspector empty">
        <p className="muted">Select an entity or a link — in the text, a table or the graph — to see and edit its details here.</p>
        <dl className="insp-stats">
          <dt>Sources</dt>
          <dd>{c.sources.length}</dd>
          <dt>Entities</dt>
          <dd>{c.entities.length}</dd>
          <dt>Links</dt>
          <dd>{c.relations.length}</dd>
          <dt>Mentions</dt>
          <dd>{c.mentions.length}</dd>
        </dl>
      </div>
    );
  if (total === 1 && sel.entities.length === 1) {
    const e = entityById(c.entities).get(sel.entities[0]!);
    return e ? <EntityInspector key={e.id} entity={e} /> : null;
  }
  if (total === 1) {
    const r = relationById(c.relations).get(sel.relations[0]!);
    return r ? <LinkInspector key={r.id} relation={r} /> : null;
  }
  return (
    <div className="inspector">
      <div className="insp-title">
        <h3>{total} selected</h3>
      </div>
      <p className="muted">
        {count(sel.entities.length, 'entity', 'entities')}, {count(sel.relations.length, 'link')}
      </p>
      <div className="insp-actions">
        <button type="button" className="btn small" onClick={acceptSelection}>
          <Icon name="check" /> Accept all
        </button>
        <button type="button" className="btn small" disabled={sel.entities.length < 2} onClick={() => mergeEntities(sel.entities)}>
          <Icon name="merge" /> Merge entities
        </button>
        <button type="button" className="btn small danger" onClick={deleteSelection}>
          <Icon name="trash" /> Delete
        </button>
      </div>
    </div>
  );
}
