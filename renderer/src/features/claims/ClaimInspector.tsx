import type { Claim, ClaimPatch } from '../../../../shared/model';
import { dispatch, getWorkbench, select, useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { CommitInput, Row } from '../inspector/fields';
import { CredibilitySelect, ReliabilitySelect } from '../inspector/GradeSelects';
import { Quote } from '../inspector/Quote';
import { claimText, formatRange, gradeCode, rejectClaimsOp, speakerOf } from './claimModel';
import './claims.css';

const LABEL = '__label__';

/** One claim: who said it (an entity, or a description kept as written), what, about whom, and its grades. */
export function ClaimInspector({ claim }: { claim: Claim }) {
  const c = useWorkbench((s) => s.case);
  const update = (patch: ClaimPatch, label = 'Edit claim') => dispatch({ op: 'updateClaim', id: claim.id, patch }, label);
  const name = (id: string) => c.entities.find((e) => e.id === id)?.name ?? '?';
  const src = c.sources.find((s) => s.id === claim.evidence.sourceId);
  const speaker = speakerOf(c, claim);
  const entities = [...c.entities].sort((a, b) => a.name.localeCompare(b.name));
  const linkName = (id: string) => {
    const r = c.relations.find((x) => x.id === id);
    return r ? `${name(r.source)} ${r.directed ? '→' : '—'} ${r.type} ${r.directed ? '→' : '—'} ${name(r.target)}` : '?';
  };
  const near = new Set([claim.speakerId, ...claim.about]);
  const links = [...c.relations].sort((a, b) => Number(near.has(b.source) || near.has(b.target)) - Number(near.has(a.source) || near.has(a.target)));

  return (
    <div className="inspector claim-inspector" aria-label={`Claim by ${speaker}`}>
      <div className="insp-title">
        <span className="claim-grade" title="Speaker (else publication) reliability and credibility">
          {gradeCode(c, claim)}
        </span>
        <h3 dir="auto">
          {claim.speakerId ? speaker : `“${speaker}”`} <em className="claim-verb">{claim.verb}</em>
        </h3>
        {claim.status === 'suggested' && (
          <>
            <button type="button" className="btn small" onClick={() => dispatch({ op: 'setStatus', status: 'accepted', claimIds: [claim.id] }, 'Accept claim')}>
              <Icon name="check" /> Accept
            </button>
            <button type="button" className="icon-btn small no" aria-label="Reject claim" title="Reject (deleted and not suggested again)" onClick={() => dispatch(rejectClaimsOp(getWorkbench().case, [claim.id]))}>
              <Icon name="x" />
            </button>
          </>
        )}
      </div>
      <blockquote className="claim-said" dir="auto">
        {claimText(c, claim)}
      </blockquote>
      <Row label="Speaker">
        <select
          className="select"
          aria-label="Speaker"
          value={claim.speakerId ?? LABEL}
          onChange={(e) => (e.target.value === LABEL ? update({ speakerId: null, speakerLabel: speaker }, 'Change speaker') : update({ speakerId: e.target.value, speakerLabel: null }, 'Change speaker'))}
        >
          <option value={LABEL}>Unnamed: “{claim.speakerLabel ?? speaker}”</option>
          {entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name} · {e.type}
            </option>
          ))}
        </select>
        {!claim.speakerId && <CommitInput value={claim.speakerLabel ?? ''} label="Unnamed speaker as written" onCommit={(v) => v.trim() && update({ speakerLabel: v.trim() }, 'Change speaker')} />}
      </Row>
      <Row label="Reporting verb">
        <CommitInput value={claim.verb} label="Reporting verb" onCommit={(v) => v.trim() && update({ verb: v.trim() })} />
      </Row>
      <Row label="About">
        <div className="chips">
          {claim.about.map((id) => (
            <span key={id} className="chip">
              <button type="button" className="linkish" onClick={() => select({ entities: [id] })}>
                {name(id)}
              </button>
              <button type="button" className="icon-btn small" aria-label={`Remove ${name(id)} from about`} onClick={() => update({ about: claim.about.filter((a) => a !== id) })}>
                <Icon name="x" />
              </button>
            </span>
          ))}
          <select className="select chip-add" aria-label="Add an entity the claim is about" value="" onChange={(e) => e.target.value && update({ about: [...claim.about, e.target.value] })}>
            <option value="">+ Add…</option>
            {entities
              .filter((e) => !claim.about.includes(e.id) && e.id !== claim.speakerId)
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
          </select>
        </div>
      </Row>
      <Row label="Supports link">
        <select className="select" aria-label="Link the claim supports" value={claim.relationId ?? ''} onChange={(e) => update({ relationId: e.target.value || null }, 'Link claim')}>
          <option value="">No link</option>
          {links.map((r) => (
            <option key={r.id} value={r.id}>
              {linkName(r.id)}
            </option>
          ))}
        </select>
        {claim.relationId && (
          <button type="button" className="linkish small-link" onClick={() => select({ relations: [claim.relationId!] })}>
            Open the link
          </button>
        )}
      </Row>
      <h4 className="insp-section">Grades</h4>
      <Row label={`Publication reliability — on the source${src ? ` “${src.title}”` : ''}`}>
        <ReliabilitySelect
          label="Publication reliability"
          disabled={!src}
          value={src?.reliability ?? undefined}
          onChange={(reliability) => src && dispatch({ op: 'updateSource', id: src.id, patch: { reliability } }, 'Grade source')}
        />
      </Row>
      <Row label="Speaker reliability — on this claim">
        <ReliabilitySelect label="Speaker reliability" value={claim.speakerReliability} onChange={(speakerReliability) => update({ speakerReliability }, 'Grade claim')} />
      </Row>
      <Row label="Credibility — on this claim">
        <CredibilitySelect label="Credibility" value={claim.credibility} onChange={(credibility) => update({ credibility }, 'Grade claim')} />
      </Row>
      {claim.date && (
        <Row label="Date">
          <span>
            {formatRange(claim.date)} <span className="faint">· {claim.date.basis ?? 'explicit'}</span>
          </span>
        </Row>
      )}
      <Row label="Notes">
        <CommitInput multiline value={claim.notes ?? ''} label="Claim notes" placeholder="Notes…" onCommit={(v) => update({ notes: v.trim() ? v : null })} />
      </Row>
      <h4 className="insp-section">Evidence</h4>
      <div className="quotes">
        <Quote c={c} sourceId={claim.evidence.sourceId} start={claim.evidence.start} end={claim.evidence.end} label="Show the claim in its source" />
      </div>
    </div>
  );
}
