import { z } from 'zod';

/** The case file format this build writes. Files with a larger number are refused, smaller ones migrated. */
export const CASE_FORMAT = 'caseboard.case';
export const CASE_VERSION = 2;

export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const DEFAULT_ENTITY_TYPES = [
  'person',
  'organization',
  'country',
  'location',
  'event',
  'date',
  'other',
] as const;

const id = z.string().min(1).max(200);
const isoDate = z.string().min(1).max(64);
export const statusSchema = z.enum(['suggested', 'accepted']);
export const reliabilitySchema = z.enum(RELIABILITY);
export const credibilitySchema = z.number().int().min(1).max(6);

export const originSchema = z.object({
  url: z.string().max(4000).optional(),
  publisher: z.string().max(500).optional(),
  publishedAt: isoDate.optional(),
  file: z.string().max(1000).optional(),
});

export const sourceSchema = z.object({
  id,
  title: z.string().max(1000),
  text: z.string(),
  origin: originSchema.default({}),
  reliability: reliabilitySchema.optional(),
  addedAt: isoDate,
});

/** A date or range resolved from text: ISO calendar dates, as precise as the text ("2025-10" for a month). */
export const dateRangeSchema = z.object({
  start: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date like 2025, 2025-10 or 2025-10-19'),
  end: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date like 2025, 2025-10 or 2025-10-19').optional(),
  /** How the date was found: written out, or computed from a relative expression and the publication date. */
  basis: z.enum(['explicit', 'relative', 'analyst']).optional(),
});

export const entitySchema = z.object({
  id,
  name: z.string().min(1).max(1000),
  type: z.string().min(1).max(64),
  aliases: z.array(z.string().max(1000)).default([]),
  notes: z.string().max(100_000).optional(),
  status: statusSchema,
  /** For events and dates: when. */
  date: dateRangeSchema.optional(),
});

export const mentionSchema = z.object({
  id,
  entityId: id,
  sourceId: id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  status: statusSchema,
});

export const evidenceSchema = z.object({
  sourceId: id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const relationSchema = z.object({
  id,
  source: id,
  target: id,
  type: z.string().min(1).max(200),
  directed: z.boolean().default(true),
  evidence: z.array(evidenceSchema).default([]),
  credibility: credibilitySchema.optional(),
  reliability: reliabilitySchema.optional(),
  notes: z.string().max(100_000).optional(),
  status: statusSchema,
});

/**
 * Reported speech: who said what, where, about whom. The speaker is an entity, or an unnamed one kept as
 * written ("a senior official"); the speaker's reliability and the information's credibility are graded
 * here, on the claim, separately from the publication's reliability on its source.
 */
export const claimSchema = z.object({
  id,
  speakerId: id.optional(),
  speakerLabel: z.string().max(500).optional(),
  verb: z.string().min(1).max(100),
  evidence: evidenceSchema,
  /** The quoted or reported content, when it is narrower than the evidence sentence. */
  content: evidenceSchema.optional(),
  about: z.array(id).default([]),
  relationId: id.optional(),
  speakerReliability: reliabilitySchema.optional(),
  credibility: credibilitySchema.optional(),
  date: dateRangeSchema.optional(),
  notes: z.string().max(100_000).optional(),
  status: statusSchema,
});

export const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

export const entityTypeDefSchema = z.object({
  id: z.string().min(1).max(64),
  label: z.string().min(1).max(200),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  shape: z.string().min(1).max(64),
});

/** What the analyst turned down, so a later automatic pass does not suggest it again. */
export const rejectionSchema = z.object({
  kind: z.enum(['entity', 'mention', 'relation', 'claim']),
  key: z.string().min(1).max(2000),
});

export const caseSchema = z.object({
  format: z.literal(CASE_FORMAT),
  version: z.number().int().positive(),
  id,
  title: z.string().max(1000),
  createdAt: isoDate,
  updatedAt: isoDate,
  sources: z.array(sourceSchema),
  entities: z.array(entitySchema),
  mentions: z.array(mentionSchema),
  relations: z.array(relationSchema),
  layout: z.object({ positions: z.record(z.string(), positionSchema) }).default({ positions: {} }),
  entityTypes: z.array(entityTypeDefSchema).optional(),
  rejections: z.array(rejectionSchema).optional(),
  claims: z.array(claimSchema).default([]),
});

export type Status = z.infer<typeof statusSchema>;
export type Reliability = z.infer<typeof reliabilitySchema>;
export type Origin = z.infer<typeof originSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Position = z.infer<typeof positionSchema>;
export type EntityTypeDef = z.infer<typeof entityTypeDefSchema>;
export type Rejection = z.infer<typeof rejectionSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type DateRange = z.infer<typeof dateRangeSchema>;
export type Case = z.infer<typeof caseSchema>;
