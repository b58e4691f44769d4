import { useMemo } from 'react';
import type { Case, Entity } from '../../../../shared/model';
import { typeDef } from '../../model/entityTypes';
import { dispatch, getWorkbench, select, useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { ClaimSuggestions } from '../claims/ClaimSuggestions';
import { acceptOp, rejectOp, suggestionGroups } from './review';
import './suggestions.css';
import { entityById } from '../../model/caseIndex';
import { count } from '../../lib/plural';

const accept = (entityIds: string[], relationIds: string[] = [], label = 'Accept') => dispatch(acceptOp(getWorkbench().case, entityIds, relationIds), label);
const reject = (entityIds: string[], relationIds: string[] = []) => dispatch(rejectOp(getWorkbench().case, entityIds, relationIds), 'Reject');

/** Everything the automatic pass suggested, to accept or reject one by one, by type, or by connected group. */
export function SuggestionsPanel() {
  const c = useWorkbench((s) => s.case);
  const selected = useWorkbench((s) => s.selection);
  const entities = useMemo(() => c.entities.filter((e) => e.status === 'suggested'), [c.entities]);
  const relations = useMemo(() => c.relations.filter((r) => r.status === 'suggested'), [c.relations]);
  const groups = useMemo(() => suggestionGroups(c), [c]);
  const byType = useMemo(() => {
    const m = new Map<string, Entity[]>();
    for (const e of entities) m.set(e.type, [...(m.get(e.type) ?? []), e]);
    return [...m].sort((a, b) => b[1].length - a[1].length);
  }, [entities]);
  const name = (id: string) => entityById(c.entities).get(id)?.name ?? '?';

  const claims = c.claims.filter((cl) => cl.status === 'suggested').length;
  if (!entities.length && !relations.length && !claims)
    return (
      <div className="suggestions empty">
        <p className="muted">No suggestions to review. “Find entities” marks people, organizations, places and the links between them as suggestions here.</p>
      </div>
    );

  return (
    <div className="suggestions" aria-label="Suggestions to review">
      <p className="sugg-counts">
        {count(entities.length, 'entity', 'entities')}, {count(relations.length, 'link')} and {count(claims, 'claim')} suggested
      </p>
      <div className="sugg-summary">
        <button type="button" className="btn small" onClick={() => accept(entities.map((e) => e.id), relations.map((r) => r.id), 'Accept all suggestions')}>
          Accept all
        </button>
        <button type="button" className="btn small ghost danger" onClick={() => reject(entities.map((e) => e.id), relations.map((r) => r.id))}>
          Reject all
        </button>
      </div>
      {groups.length > 0 && (
        <section className="sugg-section" aria-label="Connected groups">
          <h4 className="insp-section">Connected groups</h4>
          {groups.slice(0, 5).map((g) => (
            <div key={g.entityIds.join()} className="sugg-group">
              <button type="button" className="sugg-group-names" onClick={() => select({ entities: g.entityIds })}>
                {g.entityIds.slice(0, 6).map(name).join(', ')}
                {g.entityIds.length > 6 ? ` +${g.entityIds.length - 6}` : ''}
                <span className="faint"> · {count(g.relationIds.length, 'link')}</span>
              </button>
              <button type="button" className="btn small" aria-label={`Accept group of ${name(g.entityIds[0]!)}`} onClick={() => accept(g.entityIds, g.relationIds, 'Accept group')}>
                Accept group
              </button>
            </div>
          ))}
        </section>
      )}
      {byType.map(([type, list]) => (
        <TypeSection key={type} c={c} type={type} list={list} selected={selected.entities} />
      ))}
      {relations.length > 0 && (
        <section className="sugg-section" aria-label="Suggested links">
          <h4 className="insp-section">
            Links <span className="count">{relations.length}</span>
          </h4>
          <ul className="sugg-list">
            {relations.slice(0, 200).map((r) => (
              <li key={r.id} aria-selected={selected.relations.includes(r.id)}>
                <button type="button" className="sugg-name" onClick={() => select({ relations: [r.id] })}>
                  {name(r.source)} <em className="faint">{r.type}</em> {name(r.target)}
                </button>
                <ReviewButtons label={`link ${name(r.source)} ${r.type} ${name(r.target)}`} onAccept={() => accept([], [r.id])} onReject={() => reject([], [r.id])} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <ClaimSuggestions />
    </div>
  );
}

function TypeSection({ c, type, list, selected }: { c: Case; type: string; list: Entity[]; selected: readonly string[] }) {
  const def = typeDef(c, type);
  return (
    <section className="sugg-section" aria-label={`Suggested ${def.label}`}>
      <h4 className="insp-section">
        <span className="swatch" style={{ '--c': def.color } as React.CSSProperties} /> {def.label} <span className="count">{list.length}</span>
        <span className="spacer" />
        <button type="button" className="btn small ghost" aria-label={`Accept all ${def.label}`} onClick={() => accept(list.map((e) => e.id), [], `Accept all ${def.label}`)}>
          Accept all
        </button>
      </h4>
      <ul className="sugg-list">
        {list.slice(0, 300).map((e) => (
          <li key={e.id} aria-selected={selected.includes(e.id)}>
            <button type="button" className="sugg-name" dir="auto" onClick={() => select({ entities: [e.id] })}>
              {e.name}
              {e.aliases.length > 0 && <span className="faint"> · {e.aliases.slice(0, 2).join(', ')}</span>}
            </button>
            <ReviewButtons label={e.name} onAccept={() => accept([e.id])} onReject={() => reject([e.id])} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReviewButtons({ label, onAccept, onReject }: { label: string; onAccept: () => void; onReject: () => void }) {
  return (
    <span className="review-buttons">
      <button type="button" className="icon-btn small ok" aria-label={`Accept ${label}`} title="Accept" onClick={onAccept}>
        <Icon name="check" />
      </button>
      <button type="button" className="icon-btn small no" aria-label={`Reject ${label}`} title="Reject (deleted and not suggested again)" onClick={onReject}>
        <Icon name="x" />
      </button>
    </span>
  );
}
