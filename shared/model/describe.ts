import type { Op } from './ops';

/** A short label for the history ("Undo Merge entities"). */
export function describeOp(op: Op): string {
  switch (op.op) {
    case 'batch':
      return op.label ?? (op.ops.length === 1 ? describeOp(op.ops[0]!) : `${op.ops.length} edits`);
    case 'addSource':
      return 'Add source';
    case 'updateSource':
      return 'Edit source';
    case 'deleteSource':
      return 'Delete source';
    case 'addEntity':
      return 'New entity';
    case 'updateEntity':
      return 'Edit entity';
    case 'deleteEntities':
      return op.ids.length > 1 ? `Delete ${op.ids.length} entities` : 'Delete entity';
    case 'addMentions':
      return 'Add mention';
    case 'deleteMentions':
      return 'Delete mention';
    case 'addRelation':
      return 'New link';
    case 'updateRelation':
      return 'Edit link';
    case 'deleteRelations':
      return op.ids.length > 1 ? `Delete ${op.ids.length} links` : 'Delete link';
    case 'mergeEntities':
      return 'Merge entities';
    case 'splitAlias':
      return 'Split alias';
    case 'setStatus':
      return op.status === 'accepted' ? 'Accept' : 'Mark as suggestion';
    case 'addClaims':
      return op.claims.length > 1 ? `Add ${op.claims.length} claims` : 'Add claim';
    case 'updateClaim':
      return 'Edit claim';
    case 'deleteClaims':
      return op.ids.length > 1 ? `Delete ${op.ids.length} claims` : 'Delete claim';
    case 'renameCase':
      return 'Rename case';
    case 'setPositions':
      return 'Move nodes';
    default:
      return 'Edit';
  }
}
