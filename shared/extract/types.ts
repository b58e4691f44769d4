/** The entity types the pass assigns (the case's default types; analysts may add more by hand). */
export type EntityType = 'person' | 'organization' | 'country' | 'location' | 'event' | 'date' | 'other';

/** A mention the pass found in one text, before names are resolved into entities. */
export type Candidate = {
  start: number;
  end: number;
  type: EntityType;
  sentence: number;
  /** Set when the mention is a form of an entity the case already has (names and aliases). */
  knownId?: string;
  /** Set for "(ACR)" right after its expansion: the expansion's start offset, so the two become one entity. */
  expands?: number;
  /**
   * The mention's extent where it is wider than the name: a title before a person ("Defence Minister
   * Khawaja Asif") or the state after a town ("Bowling Green, Va."); `phraseStart` where the noun phrase
   * starts if a qualifier precedes the title ("Russian Foreign Minister Lavrov"). See rules/extent.ts.
   */
  extent?: { start: number; end: number; phraseStart?: number };
};

/** Names the case already knows, so new sources find them again: surface form → entity. */
export type KnownName = { form: string; entityId: string; type: string };
