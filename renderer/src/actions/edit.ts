import { createId, type Op } from '../../../shared/model';
import { askText, confirmAction } from '../ui/prompt';
import { dispatch, getWorkbench, select, showToast } from '../store/workbench';

/** Edits shared by the tables, graph menu, inspector and command palette, so each gesture means one thing. */

export async function renameEntity(id: string): Promise<void> {
  const e = getWorkbench().case.entities.find((x) => x.id === id);
  if (!e) return;
  const name = await askText('Rename entity', 'Name', e.name, 'Rename');
  if (name && name !== e.name) dispatch({ op: 'updateEntity', id, patch: { name } }, 'Rename entity');
}

export function setEntityType(ids: readonly string[], type: string): void {
  const ents = getWorkbench().case.entities.filter((e) => ids.includes(e.id) && e.type !== type);
  if (!ents.length) return;
  const ops: Op[] = ents.map((e) => ({ op: 'updateEntity', id: e.id, patch: { type } }));
  dispatch(ops.length === 1 ? ops[0]! : { op: 'batch', ops, label: `Change type of ${ops.length} entities` }, 'Change type');
}

export async function retypeRelation(id: string): Promise<void> {
  const r = getWorkbench().case.relations.find((x) => x.id === id);
  if (!r) return;
  const type = await askText('Link type', 'Type', r.type, 'Save');
  if (type && type !== r.type) dispatch({ op: 'updateRelation', id, patch: { type } }, 'Change link type');
}

export function reverseRelation(id: string): void {
  const r = getWorkbench().case.relations.find((x) => x.id === id);
  if (r) dispatch({ op: 'updateRelation', id, patch: { source: r.target, target: r.source } }, 'Reverse link');
}

export function deleteSelection(): void {
  const { selection, case: c } = getWorkbench();
  // A selected claim shows its speaker and link too; Delete removes the claim, never them.
  if (selection.claims?.length) {
    if (dispatch({ op: 'deleteClaims', ids: [...selection.claims] }, 'Delete claim')) select({});
    return;
  }
  // Links of deleted entities go with them; listing them again would make the batch fail.
  const gone = new Set(selection.entities);
  const rels = selection.relations.filter((id) => {
    const r = c.relations.find((x) => x.id === id);
    return r && !gone.has(r.source) && !gone.has(r.target);
  });
  const ops: Op[] = [];
  if (rels.length) ops.push({ op: 'deleteRelations', ids: rels });
  if (selection.entities.length) ops.push({ op: 'deleteEntities', ids: [...selection.entities] });
  if (!ops.length) return;
  const n = selection.entities.length + rels.length;
  if (dispatch(ops.length === 1 ? ops[0]! : { op: 'batch', ops }, n > 1 ? `Delete ${n} items` : 'Delete')) select({});
}

export function acceptSelection(): void {
  const { selection, case: c } = getWorkbench();
  if (selection.claims?.length) {
    dispatch({ op: 'setStatus', status: 'accepted', claimIds: [...selection.claims] }, 'Accept claim');
    return;
  }
  const entityIds = selection.entities.filter((id) => c.entities.find((e) => e.id === id)?.status === 'suggested');
  const relationIds = selection.relations.filter((id) => c.relations.find((r) => r.id === id)?.status === 'suggested');
  // Accepting an entity accepts its suggested mentions too: they are what the analyst confirmed.
  const mentionIds = c.mentions.filter((m) => entityIds.includes(m.entityId) && m.status === 'suggested').map((m) => m.id);
  if (!entityIds.length && !relationIds.length) return showToast('Nothing to accept in the selection.');
  dispatch({ op: 'setStatus', status: 'accepted', entityIds, relationIds, mentionIds }, 'Accept');
}

/** Merge into the entity with the most mentions unless a target is given. */
export function mergeEntities(ids: readonly string[], targetId?: string): void {
  if (ids.length < 2) return showToast('Select at least two entities to merge.');
  const c = getWorkbench().case;
  const count = (id: string) => c.mentions.filter((m) => m.entityId === id).length;
  const target = targetId ?? [...ids].sort((a, b) => count(b) - count(a))[0]!;
  if (dispatch({ op: 'mergeEntities', targetId: target, sourceIds: ids.filter((id) => id !== target) }, `Merge ${ids.length} entities`))
    select({ entities: [target] });
}

export function splitAlias(entityId: string, alias: string): void {
  const newEntityId = createId('ent');
  if (dispatch({ op: 'splitAlias', entityId, alias, newEntityId }, 'Split alias')) select({ entities: [newEntityId] });
}

export async function deleteSource(id: string): Promise<void> {
  const s = getWorkbench().case.sources.find((x) => x.id === id);
  if (!s) return;
  const ok = await confirmAction('Delete source', `Delete “${s.title}” and its mentions? Undo brings it back.`, 'Delete', true);
  if (ok) dispatch({ op: 'deleteSource', id });
}
