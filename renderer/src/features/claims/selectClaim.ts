import { getWorkbench, select, showPassage } from '../../store/workbench';
import { claimSelection } from './claimModel';

/** Select claims everywhere: one claim brings its speaker, about-entities, link and evidence with it. */
export function selectClaims(ids: readonly string[], opts: { jump?: boolean } = {}): void {
  const c = getWorkbench().case;
  if (ids.length !== 1) return select({ claims: [...ids] });
  const cl = c.claims.find((x) => x.id === ids[0]);
  if (!cl) return select({});
  select(claimSelection(cl));
  if (opts.jump !== false) showPassage(cl.evidence);
}
