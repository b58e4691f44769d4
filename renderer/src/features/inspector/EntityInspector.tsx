import { useState } from 'react';
import type { Entity, EntityPatch } from '../../../../shared/model';
import { setEntityType, splitAlias } from '../../actions/edit';
import { entityTypes, typeDef } from '../../model/entityTypes';
import { dispatch, select, useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { CommitInput, Row } from './fields';
import { Quote } from './Quote';
import { entityById, linksOf, mentionsOf } from '../../model/caseIndex';

const MAX_QUOTES = 30;

export function EntityInspector({ entity }: { entity: Entity }) {
  const c = useWorkbench((s) => s.case);
  const [alias, setAlias] = useState('');
  const mentions = mentionsOf(c, entity.id);
  const links = linksOf(c, entity.id);
  const name = (id: string) => entityById(c.entities).get(id)?.name ?? '?';
  const update = (patch: EntityPatch) => dispatch({ op: 'updateEntity', id: entity.id, patch }, 'Edit entity');
  const def = typeDef(c, entity.type);

  return (
    <div className="inspector" aria-label={`Entity ${entity.name}`}>
      <div className="insp-title">
        <span className="swatch big" style={{ '--c': def.color } as React.CSSProperties} />
        <h3 dir="auto">{entity.name}</h3>
        {entity.status === 'suggested' && (
          <button type="button" className="btn small" onClick={() => dispatch({ op: 'setStatus', status: 'accepted', entityIds: [entity.id], mentionIds: mentions.filter((m) => m.status === 'suggested').map((m) => m.id) }, 'Accept')}>
            <Icon name="check" /> Accept
          </button>
        )}
      </div>
      <Row label="Name">
        <CommitInput value={entity.name} label="Entity name" onCommit={(v) => v.trim() && update({ name: v.trim() })} />
      </Row>
      <Row label="Type">
        <select className="select" aria-label="Entity type" value={entity.type} onChange={(e) => setEntityType([entity.id], e.target.value)}>
          {entityTypes(c).map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </Row>
      <Row label="Aliases">
        <ul className="alias-list" aria-label="Aliases">
          {entity.aliases.map((a) => (
            <li key={a}>
              <span dir="auto">{a}</span>
              <button type="button" className="btn small ghost" aria-label={`Split ${a} into its own entity`} title="Split into its own entity (with its mentions)" onClick={() => splitAlias(entity.id, a)}>
                Split
              </button>
              <button type="button" className="icon-btn small" aria-label={`Remove alias ${a}`} onClick={() => update({ aliases: entity.aliases.filter((x) => x !== a) })}>
                <Icon name="x" />
              </button>
            </li>
          ))}
        </ul>
        <form
          className="alias-add"
          onSubmit={(e) => {
            e.preventDefault();
            if (alias.trim() && !entity.aliases.includes(alias.trim())) update({ aliases: [...entity.aliases, alias.trim()] });
            setAlias('');
          }}
        >
          <input className="input small" aria-label="New alias" placeholder="Add alias…" value={alias} onChange={(e) => setAlias(e.target.value)} />
        </form>
      </Row>
      <Row label="Notes">
        <CommitInput multiline value={entity.notes ?? ''} label="Entity notes" placeholder="Notes…" onCommit={(v) => update({ notes: v.trim() ? v : null })} />
      </Row>
      <h4 className="insp-section">
        Links <span className="count">{links.length}</span>
      </h4>
      <ul className="insp-links">
        {links.map((r) => (
          <li key={r.id}>
            <button type="button" className="insp-link" onClick={() => select({ relations: [r.id] })}>
              {r.source === entity.id ? (
                <>
                  <span className="faint">→</span> <em>{r.type}</em> {name(r.target)}
                </>
              ) : (
                <>
                  <span className="faint">←</span> {name(r.source)} <em>{r.type}</em>
                </>
              )}
            </button>
          </li>
        ))}
      </ul>
      <h4 className="insp-section">
        Mentions <span className="count">{mentions.length}</span>
      </h4>
      <div className="quotes">
        {mentions.slice(0, MAX_QUOTES).map((m) => (
          <Quote key={m.id} c={c} sourceId={m.sourceId} start={m.start} end={m.end} />
        ))}
        {mentions.length > MAX_QUOTES && <p className="faint">and {mentions.length - MAX_QUOTES} more</p>}
      </div>
    </div>
  );
}
