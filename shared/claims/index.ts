/*
 * Who said what, and when: reported speech, events and their dates, as suggestions for a case.
 * findClaims: a text and its entities → claim drafts (speaker, verb, evidence, content, about).
 * claimsToOps / eventsAndDatesToOps / linkClaimsToRelations: drafts and findings → ops on a case.
 * claimPass: all of it for the sources of a case, as one undoable batch (after the entity pass).
 */
export { findClaims } from './findClaims';
export { claimsToOps, type ClaimOpsOptions } from './ops';
export { claimRejectionKey, claimRejectionsFor, type ClaimRejectionSubject } from './rejection';
export { eventsAndDatesToOps, referenceDate } from './eventOps';
export { findEvents, type FoundEvent } from './events';
export { relationFor, linkClaimsToRelations } from './link';
export { entityRefs } from './entities';
export { claimPass, type ClaimPassStats } from './pass';
export type { ClaimDraft, EntityRef, Span } from './types';
