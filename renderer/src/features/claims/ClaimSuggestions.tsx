import { useMemo } from 'react';
import { dispatch, getWorkbench, useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { claimText, rejectClaimsOp, speakerOf } from './claimModel';
import { selectClaims } from './selectClaim';

const accept = (ids: string[], label = 'Accept claim') => dispatch({ op: 'setStatus', status: 'accepted', claimIds: ids }, label);
const reject = (ids: string[]) => dispatch(rejectClaimsOp(getWorkbench().case, ids));

/** Suggested claims in the review: accept, or reject (recorded so the pass does not suggest them again). */
export function ClaimSuggestions() {
  const c = useWorkbench((s) => s.case);
  const selected = useWorkbench((s) => s.selection.claims);
  const claims = useMemo(() => c.claims.filter((cl) => cl.status === 'suggested'), [c.claims]);
  if (!claims.length) return null;
  return (
    <section className="sugg-section" aria-label="Suggested claims">
      <h4 className="insp-section">
        Claims <span className="count">{claims.length}</span>
        <span className="spacer" />
        <button type="button" className="btn small ghost" aria-label="Accept all claims" onClick={() => accept(claims.map((cl) => cl.id), 'Accept all claims')}>
          Accept all
        </button>
      </h4>
      <ul className="sugg-list">
        {claims.slice(0, 300).map((cl) => {
          const speaker = speakerOf(c, cl);
          const label = `claim by ${speaker} (${cl.verb})`;
          return (
            <li key={cl.id} aria-selected={selected?.includes(cl.id) ?? false}>
              <button type="button" className="sugg-name" dir="auto" title={claimText(c, cl)} onClick={() => selectClaims([cl.id])}>
                {cl.speakerId ? speaker : `“${speaker}”`} <em className="faint">{cl.verb}</em>
              </button>
              <span className="review-buttons">
                <button type="button" className="icon-btn small ok" aria-label={`Accept ${label}`} title="Accept" onClick={() => accept([cl.id])}>
                  <Icon name="check" />
                </button>
                <button type="button" className="icon-btn small no" aria-label={`Reject ${label}`} title="Reject (deleted and not suggested again)" onClick={() => reject([cl.id])}>
                  <Icon name="x" />
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
