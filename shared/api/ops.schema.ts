import { z } from 'zod';
import type { Op } from '../model/ops';
import {
  entitySchema,
  entityTypeDefSchema,
  mentionSchema,
  originSchema,
  positionSchema,
  rejectionSchema,
  relationSchema,
  reliabilitySchema,
  sourceSchema,
  statusSchema,
  credibilitySchema,
  evidenceSchema,
  claimSchema,
  dateRangeSchema,
} from '../model/schema';

const id = z.string().min(1).max(200);
const ids = z.array(id).max(1_000_000);
const collection = z.enum(['sources', 'entities', 'mentions', 'relations', 'claims']);
const anyRecord = z.union([sourceSchema, entitySchema, mentionSchema, relationSchema, claimSchema]);
const recordSchemaOf = { sources: sourceSchema, entities: entitySchema, mentions: mentionSchema, relations: relationSchema, claims: claimSchema };
/** A record must be of its collection's kind: a link put among the entities would make the file unreadable. */
const ofCollection = (v: { collection: keyof typeof recordSchemaOf; items: unknown[] }, ctx: z.RefinementCtx, item: (x: unknown) => unknown = (x) => x) =>
  v.items.forEach((x, i) => {
    if (!recordSchemaOf[v.collection].safeParse(item(x)).success)
      ctx.addIssue({ code: 'custom', path: ['items', i], message: `not a record of ${v.collection}` });
  });

/** Runtime schema of every edit operation, so the back-end can refuse malformed edits from the page. */
export const opSchema: z.ZodType<Op> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('put'), collection, items: z.array(anyRecord) }).superRefine((v, ctx) => ofCollection(v, ctx)),
    z
      .object({ op: z.literal('insertAt'), collection, items: z.array(z.object({ index: z.number().int().nonnegative(), item: anyRecord })) })
      .superRefine((v, ctx) => ofCollection(v, ctx, (x) => (x as { item: unknown }).item)),
    z.object({ op: z.literal('remove'), collection, ids }),
    z.object({ op: z.literal('setPositions'), positions: z.record(z.string(), positionSchema.nullable()) }),
    z.object({
      op: z.literal('setCaseFields'),
      fields: z.object({
        title: z.string().max(1000).optional(),
        entityTypes: z.array(entityTypeDefSchema).nullable().optional(),
        rejections: z.array(rejectionSchema).nullable().optional(),
      }),
    }),
    z.object({ op: z.literal('addSource'), source: sourceSchema }),
    z.object({
      op: z.literal('updateSource'),
      id,
      patch: z.object({ title: z.string().max(1000).optional(), origin: originSchema.optional(), reliability: reliabilitySchema.nullable().optional() }),
    }),
    z.object({ op: z.literal('deleteSource'), id }),
    z.object({ op: z.literal('addEntity'), entity: entitySchema, mentions: z.array(mentionSchema).optional(), position: positionSchema.optional() }),
    z.object({
      op: z.literal('updateEntity'),
      id,
      patch: z.object({
        name: z.string().min(1).max(1000).optional(),
        type: z.string().min(1).max(64).optional(),
        aliases: z.array(z.string().max(1000)).optional(),
        notes: z.string().max(100_000).nullable().optional(),
        status: statusSchema.optional(),
        date: dateRangeSchema.nullable().optional(),
      }),
    }),
    z.object({ op: z.literal('deleteEntities'), ids }),
    z.object({ op: z.literal('addMentions'), mentions: z.array(mentionSchema) }),
    z.object({ op: z.literal('deleteMentions'), ids }),
    z.object({ op: z.literal('addRelation'), relation: relationSchema }),
    z.object({
      op: z.literal('updateRelation'),
      id,
      patch: z.object({
        type: z.string().min(1).max(200).optional(),
        directed: z.boolean().optional(),
        credibility: credibilitySchema.nullable().optional(),
        reliability: reliabilitySchema.nullable().optional(),
        notes: z.string().max(100_000).nullable().optional(),
        status: statusSchema.optional(),
        evidence: z.array(evidenceSchema).optional(),
        source: id.optional(),
        target: id.optional(),
      }),
    }),
    z.object({ op: z.literal('deleteRelations'), ids }),
    z.object({ op: z.literal('mergeEntities'), targetId: id, sourceIds: ids }),
    z.object({ op: z.literal('splitAlias'), entityId: id, alias: z.string().min(1).max(1000), newEntityId: id }),
    z.object({
      op: z.literal('setStatus'),
      status: statusSchema,
      entityIds: ids.optional(),
      relationIds: ids.optional(),
      mentionIds: ids.optional(),
      claimIds: ids.optional(),
    }),
    z.object({ op: z.literal('addClaims'), claims: z.array(claimSchema) }),
    z.object({
      op: z.literal('updateClaim'),
      id,
      patch: z.object({
        speakerId: id.nullable().optional(),
        speakerLabel: z.string().max(500).nullable().optional(),
        verb: z.string().min(1).max(100).optional(),
        about: z.array(id).optional(),
        relationId: id.nullable().optional(),
        speakerReliability: reliabilitySchema.nullable().optional(),
        credibility: credibilitySchema.nullable().optional(),
        date: dateRangeSchema.nullable().optional(),
        notes: z.string().max(100_000).nullable().optional(),
        status: statusSchema.optional(),
        content: evidenceSchema.nullable().optional(),
      }),
    }),
    z.object({ op: z.literal('deleteClaims'), ids }),
    z.object({ op: z.literal('renameCase'), title: z.string().max(1000) }),
    z.object({ op: z.literal('batch'), ops: z.array(opSchema), label: z.string().max(200).optional() }),
  ]),
) as z.ZodType<Op>;
