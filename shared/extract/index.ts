/*
 * The automatic pass: entities, aliases and link suggestions found offline in plain text.
 * extractText: one text → mentions and mention-level relations (evaluation, quick looks).
 * runPass: a case → one undoable batch op of suggestions (the app's "Find entities" and the CLI); its
 *   `extents` option ("Mention extents") picks the MentionStyle of the mentions it suggests.
 * rejectionKey / rejectionsFor: what the review UI records in case.rejections when the analyst says no.
 */
export { extractText, analyseText, type MentionStyle, type ExtractedEntity, type ExtractedRelation, type TextAnalysis } from './extractText';
export { runPass, type PassOptions, type PassStats } from './runPass';
export { rejectionKey, rejectionsFor, type RejectionSubject } from './rejection';
export type { EntityType } from './types';
