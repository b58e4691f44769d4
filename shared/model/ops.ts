import type { Case, Claim, Entity, EntityTypeDef, Mention, Position, Rejection, Relation, Source, Status } from './schema';

export type Collection = 'sources' | 'entities' | 'mentions' | 'relations' | 'claims';
export type RecordOf<C extends Collection> = Case[C][number];
type AnyRecord = Source | Entity | Mention | Relation | Claim;

/** Primitive edits: every operation is expanded into these, and their inverses are exact. */
export type PrimitiveOp =
  | { op: 'put'; collection: Collection; items: AnyRecord[] }
  | { op: 'insertAt'; collection: Collection; items: { index: number; item: AnyRecord }[] }
  | { op: 'remove'; collection: Collection; ids: string[] }
  | { op: 'setPositions'; positions: Record<string, Position | null> }
  | { op: 'setCaseFields'; fields: CaseFields };

export type CaseFields = {
  title?: string;
  entityTypes?: EntityTypeDef[] | null;
  rejections?: Rejection[] | null;
};

/** In patches, `null` clears an optional field (JSON has no `undefined`). */
type Clearable<T, K extends keyof T> = Omit<T, K> & { [P in K]?: T[P] | null };
export type EntityPatch = Clearable<Partial<Pick<Entity, 'name' | 'type' | 'aliases' | 'notes' | 'status' | 'date'>>, 'notes' | 'date'>;
export type ClaimPatch = Clearable<
  Partial<Pick<Claim, 'speakerId' | 'speakerLabel' | 'verb' | 'about' | 'relationId' | 'speakerReliability' | 'credibility' | 'date' | 'notes' | 'status' | 'content'>>,
  'speakerId' | 'speakerLabel' | 'relationId' | 'speakerReliability' | 'credibility' | 'date' | 'notes' | 'content'
>;
export type RelationPatch = Clearable<
  Partial<Pick<Relation, 'type' | 'directed' | 'credibility' | 'reliability' | 'notes' | 'status' | 'evidence' | 'source' | 'target'>>,
  'credibility' | 'reliability' | 'notes'
>;
export type SourcePatch = Clearable<Partial<Pick<Source, 'title' | 'origin' | 'reliability'>>, 'reliability'>;

/** The edits a person (or the automatic pass) makes. Each has a label for the history and menus. */
export type Op =
  | PrimitiveOp
  | { op: 'addSource'; source: Source }
  | { op: 'updateSource'; id: string; patch: SourcePatch }
  | { op: 'deleteSource'; id: string }
  | { op: 'addEntity'; entity: Entity; mentions?: Mention[]; position?: Position }
  | { op: 'updateEntity'; id: string; patch: EntityPatch }
  | { op: 'deleteEntities'; ids: string[] }
  | { op: 'addMentions'; mentions: Mention[] }
  | { op: 'deleteMentions'; ids: string[] }
  | { op: 'addRelation'; relation: Relation }
  | { op: 'updateRelation'; id: string; patch: RelationPatch }
  | { op: 'deleteRelations'; ids: string[] }
  | { op: 'mergeEntities'; targetId: string; sourceIds: string[] }
  | { op: 'splitAlias'; entityId: string; alias: string; newEntityId: string }
  | { op: 'setStatus'; status: Status; entityIds?: string[]; relationIds?: string[]; mentionIds?: string[]; claimIds?: string[] }
  | { op: 'addClaims'; claims: Claim[] }
  | { op: 'updateClaim'; id: string; patch: ClaimPatch }
  | { op: 'deleteClaims'; ids: string[] }
  | { op: 'renameCase'; title: string }
  | { op: 'batch'; ops: Op[]; label?: string };

export class OpError extends Error {
  override name = 'OpError';
}
