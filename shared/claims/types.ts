/** A span of the text being read: UTF-16 offsets, `text.slice(start, end)`. */
export type Span = { start: number; end: number };

/** An entity as the claim finder needs it: what it is called and where the text mentions it. */
export type EntityRef = { id: string; name: string; aliases: string[]; type: string; spans: Span[] };

/**
 * Reported speech found in a text, before it becomes a claim of a case. The speaker is an entity, or a
 * description kept as written ("a senior official"); `speakerSpan` is where the text names the speaker
 * (for pronouns, the pronoun), so a reviewer can see why.
 */
export type ClaimDraft = {
  speakerEntityId?: string;
  speakerLabel?: string;
  speakerSpan?: Span;
  /** The reporting verb as written, lower case: 'said', 'warned', 'according to', 'warning' (issued a warning). */
  verb: string;
  /** The sentence or sentences holding the claim. */
  evidence: Span;
  /** The quote, or the reported clause. */
  content?: Span;
  /** Entities mentioned in the content, the speaker left out. */
  about: string[];
};
