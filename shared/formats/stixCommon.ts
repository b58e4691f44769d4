import type { Case } from '../model/schema';
import type { StixKind } from './stixKinds';
import { stixId } from './stixIds';

export type StixObject = Record<string, unknown> & { type: string; id: string };

/** Properties a STIX object may not hold empty: drop undefined values and empty lists. */
export function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

export type StixContext = { c: Case; created: string; modified: string; kinds: Map<string, StixKind>; ids: Map<string, string> };

export const header = (x: StixContext, type: string, key: string) => ({
  type,
  spec_version: '2.1',
  id: stixId(type, x.c.id, key),
  created: x.created,
  modified: x.modified,
});

