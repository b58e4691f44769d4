import type { Relation } from '../../../../shared/model';
import { useWorkbench } from '../../store/workbench';
import { claimsOfRelation, claimText, gradeCode, gradeLines, speakerOf } from './claimModel';
import { selectClaims } from './selectClaim';
import './claims.css';

/** On a link: the claims that support it, each with its grades and where each grade comes from. */
export function LinkClaims({ relation }: { relation: Relation }) {
  const c = useWorkbench((s) => s.case);
  const claims = claimsOfRelation(c, relation.id);
  return (
    <section className="link-claims" aria-label="Claims supporting this link">
      <h4 className="insp-section">
        Supported by claims <span className="count">{claims.length}</span>
      </h4>
      {claims.length === 0 && <p className="faint insp-hint">No claim supports this link yet. Pick this link in a claim’s inspector.</p>}
      {claims.map((cl) => {
        const speaker = speakerOf(c, cl);
        return (
          <article key={cl.id} className="link-claim" aria-label={`Claim by ${speaker}`}>
            <button type="button" className="link-claim-head" onClick={() => selectClaims([cl.id])}>
              <span className="claim-grade">{gradeCode(c, cl)}</span>
              <span className={cl.speakerId ? 'speaker-named' : 'speaker-unnamed'}>{cl.speakerId ? speaker : `“${speaker}”`}</span>
              <em className="claim-verb">{cl.verb}</em>
            </button>
            <p className="link-claim-text" dir="auto">
              {claimText(c, cl)}
            </p>
            <dl className="grade-lines">
              {gradeLines(c, cl).map((g) => (
                <div key={g.what} className="grade-line">
                  <dt>
                    <span className="grade-chip">{g.grade}</span> {g.what}
                  </dt>
                  <dd className="faint">{g.from}</dd>
                </div>
              ))}
            </dl>
          </article>
        );
      })}
    </section>
  );
}
