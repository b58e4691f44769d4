import { createId } from '../model/ids';
import type { EntityPatch, Op } from '../model/ops';
import type { Case, Entity, Position } from '../model/schema';
import { stripControl } from './xml';

export type MatchBy = 'id' | 'name';

/** Names compared the way a person would: case, width and spacing do not matter. */
export const nameKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Whether notes already say what an import brings. XML formats cannot carry control characters, so they are ignored. */
export const saysAlready = (have: string | undefined, incoming: string) => {
  const plain = (t: string) => stripControl(t).replace(/\s+/g, ' ').trim();
  return plain(have ?? '').includes(plain(incoming));
};

/** What an entity already in the case gains from an imported one: aliases, notes, acceptance. Nothing is overwritten. */
function patchFor(have: Entity, incoming: Entity): EntityPatch | undefined {
  const known = new Set([have.name, ...have.aliases].map(nameKey));
  const aliases = [...have.aliases];
  for (const n of [incoming.name, ...incoming.aliases])
    if (!known.has(nameKey(n))) {
      known.add(nameKey(n));
      aliases.push(n);
    }
  const patch: EntityPatch = {};
  if (aliases.length !== have.aliases.length) patch.aliases = aliases;
  if (incoming.notes && !saysAlready(have.notes, incoming.notes)) patch.notes = have.notes ? `${have.notes}\n\n${incoming.notes}` : incoming.notes;
  if (incoming.status === 'accepted' && have.status !== 'accepted') patch.status = 'accepted';
  return Object.keys(patch).length ? patch : undefined;
}

/**
 * Entity edits for a merge, in order, and the map from the file's entity ids to the case's. Entities
 * added earlier in the same import are matched too, so a file naming "TTP" twice yields one entity.
 */
export function mergeEntities(c: Case, incoming: Entity[], positions: Record<string, Position>, match: MatchBy, taken: Set<string>) {
  const ops: Op[] = [];
  const idMap = new Map<string, string>();
  const current = new Map(c.entities.map((e) => [e.id, e]));
  const byName = new Map<string, string>();
  for (const e of c.entities) for (const n of [e.name, ...e.aliases]) if (!byName.has(nameKey(n))) byName.set(nameKey(n), e.id);
  const setPositions: Record<string, Position> = {};
  let added = 0;
  let merged = 0;
  for (const e of incoming) {
    const hitId = match === 'id' ? (current.has(e.id) ? e.id : undefined) : byName.get(nameKey(e.name));
    const pos = positions[e.id];
    if (hitId) {
      const have = current.get(hitId)!;
      const patch = patchFor(have, e);
      if (patch) {
        ops.push({ op: 'updateEntity', id: hitId, patch });
        current.set(hitId, { ...have, ...(patch as Partial<Entity>) });
      }
      if (pos && !c.layout.positions[hitId] && !setPositions[hitId]) setPositions[hitId] = pos;
      idMap.set(e.id, hitId);
      merged++;
      continue;
    }
    let id = e.id;
    while (taken.has(id)) id = createId('ent');
    taken.add(id);
    const entity: Entity = { ...e, id, aliases: [...e.aliases] };
    ops.push(pos ? { op: 'addEntity', entity, position: pos } : { op: 'addEntity', entity });
    current.set(id, entity);
    for (const n of [e.name, ...e.aliases]) if (!byName.has(nameKey(n))) byName.set(nameKey(n), id);
    idMap.set(e.id, id);
    added++;
  }
  if (Object.keys(setPositions).length) ops.push({ op: 'setPositions', positions: setPositions });
  return { ops, idMap, added, merged };
}
